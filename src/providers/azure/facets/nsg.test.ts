import { describe, expect, it } from 'vitest';
import type { FirewallEntry } from '../../../core/facets.js';
import { derive } from '../../../../test/support/facet-fixtures.js';
import { nsg, nsgRule } from '../../../../test/support/native-azure.js';
import { durationDays, isoDate } from './dates.js';
import { parsePorts } from './nsg.js';

describe('NSG facets', () => {
  const entries = (rules: unknown[]) => derive(nsg(rules)).facets.entries as FirewallEntry[];

  it('keeps custom and default rules with their priorities', () => {
    const e = entries([nsgRule('ssh', 300, '22')]);
    expect(e.map((x) => x.priority)).toEqual([300, 65000, 65001, 65500, 65001]);
    expect(e.find((x) => x.ref.includes('DenyAllInBound'))).toMatchObject({ action: 'deny', direction: 'ingress', protocol: 'all', peers: ['0.0.0.0/0'] });
  });

  it.each([['*'], ['Internet'], ['Any'], ['internet'], ['0.0.0.0/0']])('normalizes source %s to 0.0.0.0/0', (source) => {
    expect(entries([nsgRule('r', 100, '22', source)])[0]?.peers).toEqual(['0.0.0.0/0']);
  });

  it('keeps service tags and CIDRs as written, including sourceAddressPrefixes', () => {
    const rule = { ...nsgRule('r', 100, '22', 'VirtualNetwork'), sourceAddressPrefixes: ['10.0.0.0/8', 'Internet'] };
    expect(entries([rule])[0]?.peers).toEqual(['VirtualNetwork', '10.0.0.0/8', '0.0.0.0/0']);
  });

  it('reads outbound rules by destination', () => {
    const out = { ...nsgRule('o', 100, '443', '10.0.0.0/8'), direction: 'Outbound', destinationAddressPrefix: 'Internet' };
    expect(entries([out])[0]).toMatchObject({ direction: 'egress', peers: ['0.0.0.0/0'] });
  });

  it('parses port specs', () => {
    expect(parsePorts(['*', '22', '1000-2000'])).toEqual([{ from: 0, to: 65535 }, { from: 22, to: 22 }, { from: 1000, to: 2000 }]);
  });

  it('in use when attached to NICs or subnets', () => {
    expect(derive(nsg([])).facets.inUse).toBe(true);
  });
});

describe('Azure dates', () => {
  it('reads Key Vault Unix seconds, ISO strings and nothing', () => {
    expect(isoDate(1830297600)).toBe('2028-01-01T00:00:00.000Z');
    expect(isoDate('2027-06-30T00:00:00Z')).toBe('2027-06-30T00:00:00.000Z');
    expect(isoDate(undefined)).toBeUndefined();
  });
  it('reads ISO 8601 durations in days', () => {
    expect(durationDays('P90D')).toBe(90);
    expect(durationDays('P1Y')).toBe(365);
    expect(durationDays('P2M')).toBe(60);
    expect(durationDays('bogus')).toBeUndefined();
  });
});
