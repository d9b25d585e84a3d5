import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './nsg-flow-log-retention-90-days.js';
import { nsg, nsgDenied } from './support/fixtures.js';

const flow = (enabled: boolean, retentionPolicy?: { enabled: boolean; days: number }, name = 'fl1') => ({ name, enabled, ...(retentionPolicy ? { retentionPolicy } : {}) });

describe(rule.id, () => {
  itJudges(rule, [
    { name: '90 days', asset: nsg([], { flowLogs: [flow(true, { enabled: true, days: 90 })] }), expect: 'pass', reason: /90 days/ },
    { name: 'retention 0 keeps forever', asset: nsg([], { flowLogs: [flow(true, { enabled: true, days: 0 })] }), expect: 'pass', reason: /forever/ },
    { name: 'one short, one long', asset: nsg([], { flowLogs: [flow(true, { enabled: true, days: 7 }, 'short'), flow(true, { enabled: true, days: 365 }, 'long')] }), expect: 'pass', reason: /long/ },
    { name: '30 days', asset: nsg([], { flowLogs: [flow(true, { enabled: true, days: 30 })] }), expect: 'fail', reason: /30 days/ },
    { name: 'no retention policy', asset: nsg([], { flowLogs: [flow(true)] }), expect: 'fail', reason: /no retention policy/ },
    { name: 'flow log disabled', asset: nsg([], { flowLogs: [flow(false, { enabled: true, days: 90 })] }), expect: 'fail', reason: /disabled/ },
    { name: 'no flow log', asset: nsg([], { flowLogs: [] }), expect: 'fail', reason: /No flow log/ },
    { name: 'flow logs not collected', asset: nsgDenied('flowLogs', 'flowLogs.list'), expect: 'unknown', reason: /flowLogs.list/ },
  ]);
});
