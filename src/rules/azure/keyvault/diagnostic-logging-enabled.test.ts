import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './diagnostic-logging-enabled.js';
import { vault, vaultDenied } from './support/fixtures.js';

const ws = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/law';
const setting = (logs: unknown[], dest: Record<string, string> = { workspaceId: ws }) => ({ name: 'kv-audit', ...dest, logs });

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'AuditEvent to a workspace', asset: vault({}, { diagnosticSettings: [setting([{ category: 'AuditEvent', enabled: true }])] }), expect: 'pass', reason: /workspace/ },
    { name: 'audit category group to storage', asset: vault({}, { diagnosticSettings: [setting([{ categoryGroup: 'audit', enabled: true }], { storageAccountId: 'st-id' })] }), expect: 'pass', reason: /storage account/ },
    { name: 'AuditEvent disabled', asset: vault({}, { diagnosticSettings: [setting([{ category: 'AuditEvent', enabled: false }])] }), expect: 'fail', reason: /No diagnostic setting sends/ },
    { name: 'AuditEvent without a destination', asset: vault({}, { diagnosticSettings: [setting([{ category: 'AuditEvent', enabled: true }], {})] }), expect: 'fail' },
    { name: 'no diagnostic setting', asset: vault({}, { diagnosticSettings: [] }), expect: 'fail', reason: /no diagnostic setting/ },
    { name: 'diagnosticSettings.list denied', asset: vaultDenied('diagnosticSettings', 'diagnosticSettings.list'), expect: 'unknown', reason: /diagnosticSettings.list/ },
  ]);
});
