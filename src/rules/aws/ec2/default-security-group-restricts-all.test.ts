import { describe, expect, it } from 'vitest';
import { awsAsset } from '../../../../test/support/assets.js';
import { rule } from './default-security-group-restricts-all.js';
import { perm, sgAsset, sgGap, verdict } from './support/fixtures.js';

const selfRef = perm('-1', undefined, undefined, { groups: ['sg-default'] });
const allOut = perm('-1', undefined, undefined, { v4: ['0.0.0.0/0'] });

describe(rule.id, () => {
  it('fails the default group as AWS creates it (self-referencing ingress, all egress)', () => {
    const v = verdict(rule, sgAsset([selfRef], { GroupName: 'default', IpPermissionsEgress: [allOut] }));
    expect(v.status).toBe('fail');
    expect(v.evidence).toEqual([
      { path: 'config.securityGroup.IpPermissions', observed: 1, expected: 0 },
      { path: 'config.securityGroup.IpPermissionsEgress', observed: 1, expected: 0 },
    ]);
  });

  it('fails a default group with only egress rules', () => {
    expect(verdict(rule, sgAsset([], { GroupName: 'default', IpPermissionsEgress: [allOut] })).status).toBe('fail');
  });

  it('passes a default group with no rules at all', () => {
    expect(verdict(rule, sgAsset([], { GroupName: 'default', IpPermissionsEgress: [] })).status).toBe('pass');
  });

  it('does not apply to other groups, however open', () => {
    expect(verdict(rule, sgAsset([allOut], { GroupName: 'web' })).status).toBe('not_applicable');
  });

  it('is unknown when the group could not be described', () => {
    expect(verdict(rule, sgGap()).status).toBe('unknown');
  });

  it('is unknown for a default group whose egress list is missing', () => {
    const asset = awsAsset({ type: 'AWS::EC2::SecurityGroup', config: { securityGroup: { GroupId: 'sg-1', GroupName: 'default', IpPermissions: [] } } });
    expect(verdict(rule, asset).status).toBe('unknown');
  });
});
