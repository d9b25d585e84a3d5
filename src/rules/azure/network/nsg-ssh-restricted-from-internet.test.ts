import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './nsg-ssh-restricted-from-internet.js';
import { nsg, nsgDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'only the default rules', asset: nsg([]), expect: 'pass' },
    { name: 'allowed from a trusted source only', asset: nsg([{ name: 'ssh', priority: 300, port: '22', sources: ['10.0.0.0/8', '203.0.113.0/24'] }]), expect: 'pass' },
    { name: 'allowed from the internet', asset: nsg([{ name: 'ssh', priority: 300, port: '22' }]), expect: 'fail', reason: /ssh \(priority 300\) TCP 22/ },
    { name: 'allowed from the internet (wider rule)', asset: nsg([{ name: 'all', priority: 300, port: '*', source: '0.0.0.0/0' }]), expect: 'fail' },
    { name: 'internet deny at a higher priority', asset: nsg([{ name: 'ssh', priority: 300, port: '22' }, { name: 'deny-first', priority: 100, access: 'Deny', protocol: 'Tcp', port: '*', source: 'Internet' }]), expect: 'pass' },
    { name: 'internet deny at a lower priority does not help', asset: nsg([{ name: 'ssh', priority: 300, port: '22' }, { name: 'deny-late', priority: 4000, access: 'Deny', protocol: '*', port: '*' }]), expect: 'fail' },
    { name: 'NSG listing denied', asset: nsgDenied(), expect: 'unknown', reason: /networkSecurityGroups.listAll/ },
  ]);
});
