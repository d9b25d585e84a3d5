import type { SecurityGroup } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as defaultSg } from '../../../../rules/aws/ec2/default-security-group-restricts-all.js';
import { rule as adminV4 } from '../../../../rules/aws/ec2/security-group-admin-ports-closed-ipv4.js';
import { rule as adminV6 } from '../../../../rules/aws/ec2/security-group-admin-ports-closed-ipv6.js';
import { securityGroupsCollector } from './security-groups.js';
import { ACCOUNT, byName, ec2Estate, ids, REGION } from './support/test-estate.js';

const group = (GroupId: string, GroupName: string, IpPermissions: SecurityGroup['IpPermissions'] = [], IpPermissionsEgress: SecurityGroup['IpPermissionsEgress'] = []): SecurityGroup => ({
  GroupId, GroupName, VpcId: 'vpc-1', Description: GroupName, IpPermissions, IpPermissionsEgress,
});

describe('aws.ec2.security-groups collector', () => {
  it('lists every group across several pages', async () => {
    const sim = await startSimulator({ estate: ec2Estate({ securityGroups: ids('sg', 2001).map((id) => group(id, id)) }) });
    try {
      const out = await scanWith(sim, [securityGroupsCollector]);
      expect(out.assets).toHaveLength(2001);
      expect(sim.stats().byOperation['ec2:DescribeSecurityGroups']).toBe(3);
    } finally {
      await sim.close();
    }
  });

  it('keeps the rules in SDK shape, so the port rules see -1 protocols, ranges and IPv6 sources', async () => {
    const out = await collectFrom(
      ec2Estate({
        securityGroups: [
          group('sg-open', 'bastion', [{ IpProtocol: 'tcp', FromPort: 0, ToPort: 1024, IpRanges: [{ CidrIp: '0.0.0.0/0' }], Ipv6Ranges: [{ CidrIpv6: '::/0' }], UserIdGroupPairs: [], PrefixListIds: [] }]),
          group('sg-default', 'default', [{ IpProtocol: '-1', IpRanges: [], Ipv6Ranges: [], PrefixListIds: [], UserIdGroupPairs: [{ GroupId: 'sg-default', UserId: ACCOUNT }] }], [{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]),
          group('sg-locked', 'default'),
        ],
      }),
      securityGroupsCollector,
    );
    const open = byName(out.assets, 'bastion');
    expect(open).toMatchObject({ id: `arn:aws:ec2:${REGION}:${ACCOUNT}:security-group/sg-open`, type: 'AWS::EC2::SecurityGroup', kind: 'network.firewall-rule' });
    expect((open.config.securityGroup as SecurityGroup).IpPermissionsEgress).toEqual([]);
    const ctx = fixtureContext(out.assets);
    expect(runRule(adminV4, open, ctx).status).toBe('fail');
    expect(runRule(adminV6, open, ctx).status).toBe('fail');
    const defaults = out.assets.filter((a) => a.name === 'default');
    expect(defaults.map((a) => [(a.config.securityGroup as SecurityGroup).GroupId, runRule(defaultSg, a, ctx).status]).sort()).toEqual([
      ['sg-default', 'fail'],
      ['sg-locked', 'pass'],
    ]);
  });

  it('a denied listing yields no assets and an incomplete coverage entry naming the call', async () => {
    const out = await collectFrom(ec2Estate({ securityGroups: [group('sg-1', 'web')] }), securityGroupsCollector, { faults: [{ effect: 'deny', service: 'ec2', operation: 'DescribeSecurityGroups' }] });
    expect(out.assets).toEqual([]);
    expect(out.coverage).toEqual([expect.objectContaining({ ok: false, error: expect.objectContaining({ account: ACCOUNT, region: REGION, service: 'ec2', operation: 'DescribeSecurityGroups', code: 'UnauthorizedOperation' }) })]);
  });
});
