import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './nsg-http-restricted-from-internet.js';
import { nsg, nsgDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'only the default rules', asset: nsg([]), expect: 'pass' },
    { name: 'allowed from a trusted source only', asset: nsg([{ name: 'web', priority: 300, ports: ['80', '443'], source: 'AzureFrontDoor.Backend' }]), expect: 'pass' },
    { name: 'allowed from the internet', asset: nsg([{ name: 'web', priority: 300, ports: ['80', '443'] }]), expect: 'fail', reason: /web \(priority 300\) TCP 80, 443/ },
    { name: 'allowed from the internet (wider rule)', asset: nsg([{ name: 'https', priority: 300, port: '443', source: 'Internet' }]), expect: 'fail' },
    { name: 'internet deny at a higher priority', asset: nsg([{ name: 'web', priority: 300, ports: ['80', '443'] }, { name: 'deny-first', priority: 100, access: 'Deny', protocol: 'Tcp', port: '*', source: 'Internet' }]), expect: 'pass' },
    { name: 'internet deny at a lower priority does not help', asset: nsg([{ name: 'web', priority: 300, ports: ['80', '443'] }, { name: 'deny-late', priority: 4000, access: 'Deny', protocol: '*', port: '*' }]), expect: 'fail' },
    { name: 'NSG listing denied', asset: nsgDenied(), expect: 'unknown', reason: /networkSecurityGroups.listAll/ },
  ]);
});
