import { DescribeSecurityGroupsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { tagsFromList, type AwsCollector } from '../../collector.js';
import { ec2Arn } from './support/arn.js';

/** Security groups with their inbound and outbound rules, from DescribeSecurityGroups (1000 per page). */
export const securityGroupsCollector: AwsCollector = {
  id: 'aws.ec2.security-groups',
  service: 'ec2',
  scope: 'regional',
  types: ['AWS::EC2::SecurityGroup'],
  permissions: ['ec2:DescribeSecurityGroups'],
  async *collect(ctx) {
    const client = ctx.client(EC2Client);
    for await (const page of ctx.pages(
      'DescribeSecurityGroups',
      (token) => client.send(new DescribeSecurityGroupsCommand({ MaxResults: 1000, NextToken: token })),
      (p) => p.NextToken,
    )) {
      for (const group of page.SecurityGroups ?? []) {
        if (!group.GroupId) continue;
        const asset = ctx.asset({ id: ec2Arn(ctx, 'security-group', group.GroupId), type: 'AWS::EC2::SecurityGroup', kind: 'network.firewall-rule', name: group.GroupName ?? group.GroupId, tags: tagsFromList(group.Tags) });
        ctx.aspect(asset, 'securityGroup', { ok: true, value: group });
        yield asset;
      }
      ctx.progress(page.SecurityGroups?.length ?? 0);
    }
  },
};
