import { describe, expect, it } from 'vitest';
import { rule } from './security-group-world-ingress-authorized-ports-only.js';
import { perm, sgAsset, sgGap, verdict } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['HTTPS and HTTP from anywhere', [perm('tcp', 443, 443, { v4: ['0.0.0.0/0'], v6: ['::/0'] }), perm('tcp', 80, 80, { v4: ['0.0.0.0/0'] })], 'pass'],
    ['anything from private ranges', [perm('-1', undefined, undefined, { v4: ['10.0.0.0/8'] })], 'pass'],
    ['ICMP from anywhere', [perm('icmp', 8, -1, { v4: ['0.0.0.0/0'] })], 'pass'],
    ['no inbound rules', [], 'pass'],
    ['8443 from anywhere', [perm('tcp', 8443, 8443, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['80-443 range from anywhere (opens everything between)', [perm('tcp', 80, 443, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['UDP 443 from ::/0 (no UDP port is authorized)', [perm('udp', 443, 443, { v6: ['::/0'] })], 'fail'],
    ['all traffic from anywhere', [perm('-1', undefined, undefined, { v4: ['0.0.0.0/0'] })], 'fail'],
  ])('%s -> %s', (_name, perms, status) => {
    expect(verdict(rule, sgAsset(perms)).status).toBe(status);
  });

  it('says "all traffic" for protocol -1', () => {
    expect(verdict(rule, sgAsset([perm('-1', undefined, undefined, { v4: ['0.0.0.0/0'] })])).reason).toContain('all traffic from 0.0.0.0/0');
  });

  it('is unknown when the group could not be described', () => {
    expect(verdict(rule, sgGap()).status).toBe('unknown');
  });
});
