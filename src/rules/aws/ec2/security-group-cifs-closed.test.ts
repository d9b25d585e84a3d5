import { describe, expect, it } from 'vitest';
import { rule } from './security-group-cifs-closed.js';
import { perm, sgAsset, sgGap, verdict } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['SMB from 0.0.0.0/0', [perm('tcp', 445, 445, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['SMB from ::/0', [perm('tcp', 445, 445, { v6: ['::/0'] })], 'fail'],
    ['a range 400-500 from anywhere', [perm('tcp', 400, 500, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['all traffic from anywhere', [perm('-1', undefined, undefined, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['SMB from the office network', [perm('tcp', 445, 445, { v4: ['192.168.10.0/24'] })], 'pass'],
    ['NetBIOS 139 only', [perm('tcp', 139, 139, { v4: ['0.0.0.0/0'] })], 'pass'],
  ])('%s -> %s', (_name, perms, status) => {
    expect(verdict(rule, sgAsset(perms)).status).toBe(status);
  });

  it('is unknown when the group could not be described', () => {
    expect(verdict(rule, sgGap()).status).toBe('unknown');
  });
});
