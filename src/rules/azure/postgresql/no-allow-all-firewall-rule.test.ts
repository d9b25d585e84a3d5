import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { server, serverDenied } from '../support/server-fixtures.js';
import { rule } from './no-allow-all-firewall-rule.js';
import { PG_TYPE } from './support/rule-kit.js';

const rules = (...r: Array<[string, string, string]>) => server(PG_TYPE, {}, { firewallRules: r.map(([name, startIpAddress, endIpAddress]) => ({ name, startIpAddress, endIpAddress })) });

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'specific office range', asset: rules(['office', '203.0.113.10', '203.0.113.20']), expect: 'pass' },
    { name: 'no firewall rules', asset: rules(), expect: 'pass' },
    { name: 'allow all Azure services', asset: rules(['AllowAllAzureServicesAndResourcesWithinAzureIps_2024', '0.0.0.0', '0.0.0.0']), expect: 'fail', reason: /every Azure service/ },
    { name: 'whole internet', asset: rules(['any', '0.0.0.0', '255.255.255.255']), expect: 'fail', reason: /whole internet/ },
    { name: 'wider than /8', asset: rules(['wide', '10.0.0.0', '12.0.0.0']), expect: 'fail', reason: /wider than/ },
    { name: 'firewall rules denied', asset: serverDenied(PG_TYPE, 'firewallRules', 'firewallRules.listByServer'), expect: 'unknown', reason: /firewallRules.listByServer/ },
  ]);
});
