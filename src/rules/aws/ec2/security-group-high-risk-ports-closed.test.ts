import { describe, expect, it } from 'vitest';
import { rule } from './security-group-high-risk-ports-closed.js';
import { perm, sgAsset, sgGap, verdict } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['MySQL from 0.0.0.0/0', [perm('tcp', 3306, 3306, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['Elasticsearch from ::/0', [perm('tcp', 9200, 9200, { v6: ['::/0'] })], 'fail'],
    ['a wide range 5000-6000 (covers 5000, 5432, 5500, 5601)', [perm('tcp', 5000, 6000, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['all traffic from anywhere', [perm('-1', undefined, undefined, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['MySQL from the app subnet', [perm('tcp', 3306, 3306, { v4: ['10.1.0.0/16'] })], 'pass'],
    ['HTTPS from anywhere', [perm('tcp', 443, 443, { v4: ['0.0.0.0/0'] })], 'pass'],
    ['UDP 5000 from anywhere (nothing listens on UDP there)', [perm('udp', 5000, 5000, { v4: ['0.0.0.0/0'] })], 'pass'],
  ])('%s -> %s', (_name, perms, status) => {
    expect(verdict(rule, sgAsset(perms)).status).toBe(status);
  });

  it('lists every exposed high-risk port once', () => {
    const v = verdict(rule, sgAsset([perm('tcp', 5000, 6000, { v4: ['0.0.0.0/0'], v6: ['::/0'] })]));
    expect(v.reason).toContain('5000, 5432, 5500, 5601');
    expect(v.evidence).toHaveLength(2);
  });

  it('is unknown when the group could not be described', () => {
    expect(verdict(rule, sgGap()).status).toBe('unknown');
  });
});
