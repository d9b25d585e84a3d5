import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './nsg-rdp-restricted-from-internet.js';
import { nsg, nsgDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'only the default rules', asset: nsg([]), expect: 'pass' },
    { name: 'allowed from a trusted source only', asset: nsg([{ name: 'rdp', priority: 300, port: '3389', source: '203.0.113.0/24' }]), expect: 'pass' },
    { name: 'allowed from the internet', asset: nsg([{ name: 'rdp', priority: 300, port: '3389' }]), expect: 'fail', reason: /rdp \(priority 300\) TCP 3389/ },
    { name: 'allowed from the internet (wider rule)', asset: nsg([{ name: 'rdp-any-proto', priority: 300, protocol: '*', port: '3380-3390', source: 'Internet' }]), expect: 'fail' },
    { name: 'internet deny at a higher priority', asset: nsg([{ name: 'rdp', priority: 300, port: '3389' }, { name: 'deny-first', priority: 100, access: 'Deny', protocol: 'Tcp', port: '*', source: 'Internet' }]), expect: 'pass' },
    { name: 'internet deny at a lower priority does not help', asset: nsg([{ name: 'rdp', priority: 300, port: '3389' }, { name: 'deny-late', priority: 4000, access: 'Deny', protocol: '*', port: '*' }]), expect: 'fail' },
    { name: 'NSG listing denied', asset: nsgDenied(), expect: 'unknown', reason: /networkSecurityGroups.listAll/ },
  ]);
});
