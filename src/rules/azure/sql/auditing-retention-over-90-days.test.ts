import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './auditing-retention-over-90-days.js';
import { sqlServer, sqlServerDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: '120 days in storage', asset: sqlServer({ auditing: { state: 'Enabled', storageEndpoint: 'https://st/', retentionDays: 120 } }), expect: 'pass' },
    { name: 'unlimited (0)', asset: sqlServer({ auditing: { state: 'Enabled', storageEndpoint: 'https://st/', retentionDays: 0 } }), expect: 'pass' },
    { name: 'exactly 90 days', asset: sqlServer({ auditing: { state: 'Enabled', storageEndpoint: 'https://st/', retentionDays: 90 } }), expect: 'fail' },
    { name: 'Log Analytics only', asset: sqlServer({ auditing: { state: 'Enabled', isAzureMonitorTargetEnabled: true } }), expect: 'unknown' },
    { name: 'auditing off', asset: sqlServer({ auditing: { state: 'Disabled' } }), expect: 'not_applicable' },
    { name: 'policy denied', asset: sqlServerDenied('auditing', 'serverBlobAuditingPolicies.get'), expect: 'unknown' },
  ]);
});
