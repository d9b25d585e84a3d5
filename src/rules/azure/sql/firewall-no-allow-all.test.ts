import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './firewall-no-allow-all.js';
import { sqlServer, sqlServerDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'specific range', asset: sqlServer({ firewallRules: [{ name: 'office', startIpAddress: '203.0.113.1', endIpAddress: '203.0.113.9' }] }), expect: 'pass' },
    { name: 'AllowAllWindowsAzureIps', asset: sqlServer({ firewallRules: [{ name: 'AllowAllWindowsAzureIps', startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }] }), expect: 'fail' },
    { name: 'whole internet', asset: sqlServer({ firewallRules: [{ name: 'any', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }] }), expect: 'fail' },
    { name: 'rules denied', asset: sqlServerDenied('firewallRules', 'firewallRules.listByServer'), expect: 'unknown' },
  ]);
});
