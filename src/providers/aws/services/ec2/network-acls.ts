import { DescribeNetworkAclsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { tagsFromList, type AwsCollector } from '../../collector.js';
import { ec2Arn } from './support/arn.js';

/** Network ACLs with their entries and subnet associations, from DescribeNetworkAcls (1000 per page). */
export const networkAclsCollector: AwsCollector = {
  id: 'aws.ec2.network-acls',
  service: 'ec2',
  scope: 'regional',
  types: ['AWS::EC2::NetworkAcl'],
  permissions: ['ec2:DescribeNetworkAcls'],
  async *collect(ctx) {
    const client = ctx.client(EC2Client);
    for await (const page of ctx.pages(
      'DescribeNetworkAcls',
      (token) => client.send(new DescribeNetworkAclsCommand({ MaxResults: 1000, NextToken: token })),
      (p) => p.NextToken,
    )) {
      for (const acl of page.NetworkAcls ?? []) {
        if (!acl.NetworkAclId) continue;
        const asset = ctx.asset({ id: ec2Arn(ctx, 'network-acl', acl.NetworkAclId), type: 'AWS::EC2::NetworkAcl', kind: 'network.acl', name: acl.NetworkAclId, tags: tagsFromList(acl.Tags) });
        ctx.aspect(asset, 'networkAcl', { ok: true, value: acl });
        yield asset;
      }
      ctx.progress(page.NetworkAcls?.length ?? 0);
    }
  },
};
