import { describe, expect, it } from 'vitest';
import type { NetworkSecurityGroup } from '@azure/arm-network';
import { internetExposures, isInternetSource, subtract } from './nsg-exposure.js';
import { DEFAULT_RULES, nsgRule } from './fixtures.js';

const group = (...rules: Array<Parameters<typeof nsgRule>[0]>): NetworkSecurityGroup => ({ securityRules: rules.map(nsgRule), defaultSecurityRules: DEFAULT_RULES }) as NetworkSecurityGroup;

describe('internetExposures', () => {
  it('treats wildcard, Internet, Any and /0 sources as the internet, not VirtualNetwork or a CIDR', () => {
    expect(['*', 'Internet', 'any', '0.0.0.0', '0.0.0.0/0', '::/0'].every(isInternetSource)).toBe(true);
    expect(['VirtualNetwork', '10.0.0.0/8', '203.0.113.4', undefined].some(isInternetSource)).toBe(false);
  });

  it('subtracts port ranges', () => {
    expect(subtract([[0, 100]], [[10, 20], [50, 60]])).toEqual([[0, 9], [21, 49], [61, 100]]);
  });

  it('lets the first matching rule by priority win, whatever the array order', () => {
    const g = group({ name: 'allow-all', priority: 200, port: '*' }, { name: 'deny-ssh', priority: 100, port: '22', access: 'Deny' });
    expect(internetExposures(g, 'Tcp', [[22, 22]])).toEqual([]);
    expect(internetExposures(g, 'Tcp', [[3389, 3389]]).map((e) => e.rule.name)).toEqual(['allow-all']);
  });

  it('does not count a deny for specific sources as closing the port to the internet', () => {
    const g = group({ name: 'deny-one-host', priority: 100, port: '22', access: 'Deny', source: '198.51.100.7' }, { name: 'allow-ssh', priority: 200, port: '22' });
    expect(internetExposures(g, 'Tcp', [[22, 22]]).map((e) => e.rule.name)).toEqual(['allow-ssh']);
  });

  it('ignores outbound rules and other protocols, and reports only the ports left open', () => {
    const g = group(
      { name: 'out', priority: 100, port: '*', direction: 'Outbound' },
      { name: 'udp', priority: 110, port: '*', protocol: 'Udp' },
      { name: 'deny-low', priority: 120, port: '0-1023', access: 'Deny' },
      { name: 'allow-range', priority: 130, ports: ['1000-1100', '22'] },
    );
    expect(internetExposures(g, 'Tcp').map((e) => [e.rule.name, e.ports])).toEqual([['allow-range', [[1024, 1100]]]]);
  });

  it('finds nothing on an NSG with only the default rules', () => {
    expect(internetExposures(group(), 'Tcp')).toEqual([]);
    expect(internetExposures(group(), 'Udp')).toEqual([]);
  });
});
