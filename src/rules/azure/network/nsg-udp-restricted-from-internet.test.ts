import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './nsg-udp-restricted-from-internet.js';
import { nsg, nsgDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'only the default rules', asset: nsg([]), expect: 'pass' },
    { name: 'allowed from a trusted source only', asset: nsg([{ name: 'dns', priority: 300, port: '53', protocol: 'Udp', source: '203.0.113.0/24' }]), expect: 'pass' },
    { name: 'allowed from the internet', asset: nsg([{ name: 'dns', priority: 300, port: '53', protocol: 'Udp' }]), expect: 'fail', reason: /dns \(priority 300\) UDP 53/ },
    { name: 'allowed from the internet (wider rule)', asset: nsg([{ name: 'any', priority: 300, port: '500-4500', protocol: '*' }]), expect: 'fail' },
    { name: 'internet deny at a higher priority', asset: nsg([{ name: 'dns', priority: 300, port: '53', protocol: 'Udp' }, { name: 'deny-first', priority: 100, access: 'Deny', protocol: 'Udp', port: '*', source: 'Internet' }]), expect: 'pass' },
    { name: 'internet deny at a lower priority does not help', asset: nsg([{ name: 'dns', priority: 300, port: '53', protocol: 'Udp' }, { name: 'deny-late', priority: 4000, access: 'Deny', protocol: '*', port: '*' }]), expect: 'fail' },
    { name: 'NSG listing denied', asset: nsgDenied(), expect: 'unknown', reason: /networkSecurityGroups.listAll/ },
  ]);
});
