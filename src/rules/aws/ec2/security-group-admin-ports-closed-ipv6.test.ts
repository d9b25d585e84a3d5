import { describe, expect, it } from 'vitest';
import { rule } from './security-group-admin-ports-closed-ipv6.js';
import { perm, sgAsset, sgGap, verdict } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['SSH from ::/0', [perm('tcp', 22, 22, { v6: ['::/0'] })], 'fail'],
    ['all traffic from ::/0', [perm('-1', undefined, undefined, { v6: ['::/0'] })], 'fail'],
    ['a range spanning 3389 from ::/0', [perm('tcp', 3000, 4000, { v6: ['::/0'] })], 'fail'],
    ['SSH from 0.0.0.0/0 only (the IPv4 rule covers that)', [perm('tcp', 22, 22, { v4: ['0.0.0.0/0'] })], 'pass'],
    ['SSH from a /48', [perm('tcp', 22, 22, { v6: ['2001:db8:1234::/48'] })], 'pass'],
    ['HTTP from ::/0', [perm('tcp', 80, 80, { v6: ['::/0'] })], 'pass'],
  ])('%s -> %s', (_name, perms, status) => {
    expect(verdict(rule, sgAsset(perms)).status).toBe(status);
  });

  it('is unknown when the group could not be described', () => {
    expect(verdict(rule, sgGap()).status).toBe('unknown');
  });
});
