import { describe, expect, it } from 'vitest';
import { awsAsset } from '../../../../test/support/assets.js';
import { rule } from './security-group-admin-ports-closed-ipv4.js';
import { perm, sgAsset, sgGap, verdict } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['SSH from 0.0.0.0/0', [perm('tcp', 22, 22, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['RDP from 0.0.0.0/0', [perm('tcp', 3389, 3389, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['a port range spanning 22', [perm('tcp', 0, 1024, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['all traffic (-1) from 0.0.0.0/0', [perm('-1', undefined, undefined, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['protocol number 6 for TCP', [perm('6', 22, 22, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['UDP 3389 (RDP UDP transport)', [perm('udp', 3389, 3389, { v4: ['0.0.0.0/0'] })], 'fail'],
    ['a non-canonical /0', [perm('tcp', 22, 22, { v4: ['10.0.0.0/0'] })], 'fail'],
    ['SSH from a private range', [perm('tcp', 22, 22, { v4: ['10.0.0.0/8'] })], 'pass'],
    ['SSH from another security group', [perm('tcp', 22, 22, { groups: ['sg-bastion'] })], 'pass'],
    ['HTTPS from anywhere', [perm('tcp', 443, 443, { v4: ['0.0.0.0/0'] })], 'pass'],
    ['a range just above 22 and below 3389', [perm('tcp', 23, 3388, { v4: ['0.0.0.0/0'] })], 'pass'],
    ['ICMP from anywhere', [perm('icmp', -1, -1, { v4: ['0.0.0.0/0'] })], 'pass'],
    ['SSH from ::/0 only (the IPv6 rule covers that)', [perm('tcp', 22, 22, { v6: ['::/0'] })], 'pass'],
    ['no inbound rules', [], 'pass'],
  ])('%s -> %s', (_name, perms, status) => {
    expect(verdict(rule, sgAsset(perms)).status).toBe(status);
  });

  it('names the offending source field and ports in the evidence', () => {
    const v = verdict(rule, sgAsset([perm('tcp', 443, 443, { v4: ['0.0.0.0/0'] }), perm('tcp', 20, 25, { v4: ['10.0.0.0/8', '0.0.0.0/0'] })]));
    expect(v.status).toBe('fail');
    expect(v.evidence).toEqual([expect.objectContaining({ path: 'config.securityGroup.IpPermissions[1].IpRanges[1].CidrIp', observed: expect.objectContaining({ ports: [22] }) })]);
  });

  it('is unknown when the group could not be described', () => {
    expect(verdict(rule, sgGap()).status).toBe('unknown');
  });

  it('is unknown when the inbound rule list is missing, never pass', () => {
    const asset = awsAsset({ type: 'AWS::EC2::SecurityGroup', config: { securityGroup: { GroupId: 'sg-1', IpPermissionsEgress: [] } } });
    expect(verdict(rule, asset).status).toBe('unknown');
  });
});
