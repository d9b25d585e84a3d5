import { describe } from 'vitest';
import { armId, azureAsset, deniedGap } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './vnet-flow-log-retention-90-days.js';

const TYPE = 'Microsoft.Network/networkWatchers/flowLogs';
const flowLog = (fields: Record<string, unknown>) => azureAsset({ type: TYPE, kind: 'logging.flow-log', name: 'fl', config: { flowLog: { name: 'fl', ...fields } } });
const vnet = armId('Microsoft.Network/virtualNetworks', 'vnet1');

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'VNet flow log kept 120 days', asset: flowLog({ targetResourceId: vnet, enabled: true, retentionPolicy: { enabled: true, days: 120 } }), expect: 'pass' },
    { name: 'VNet flow log kept 7 days', asset: flowLog({ targetResourceId: vnet, enabled: true, retentionPolicy: { enabled: true, days: 7 } }), expect: 'fail', reason: /7 days/ },
    { name: 'VNet flow log disabled', asset: flowLog({ targetResourceId: vnet, enabled: false, retentionPolicy: { enabled: true, days: 120 } }), expect: 'fail', reason: /disabled/ },
    { name: 'NSG flow log', asset: flowLog({ targetResourceId: armId('Microsoft.Network/networkSecurityGroups', 'nsg1'), enabled: true }), expect: 'not_applicable' },
    { name: 'flow log denied', asset: azureAsset({ type: TYPE, gaps: { flowLog: deniedGap('network', 'flowLogs.list') } }), expect: 'unknown', reason: /flowLogs.list/ },
  ]);
});
