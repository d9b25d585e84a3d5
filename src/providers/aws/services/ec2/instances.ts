import { DescribeInstancesCommand, EC2Client } from '@aws-sdk/client-ec2';
import { tagsFromList, type AwsCollector } from '../../collector.js';
import { ec2Arn } from './support/arn.js';

/**
 * EC2 instances from DescribeInstances (1000 per page). The description itself carries everything the
 * rules read (MetadataOptions, PublicIpAddress, State, IamInstanceProfile, Monitoring), so there is no
 * per-instance call. Terminated instances, which linger in the listing for about an hour, are left out.
 */
export const instancesCollector: AwsCollector = {
  id: 'aws.ec2.instances',
  service: 'ec2',
  scope: 'regional',
  types: ['AWS::EC2::Instance'],
  permissions: ['ec2:DescribeInstances'],
  async *collect(ctx) {
    const client = ctx.client(EC2Client);
    const filters = [{ Name: 'instance-state-name', Values: ['pending', 'running', 'shutting-down', 'stopping', 'stopped'] }];
    for await (const page of ctx.pages(
      'DescribeInstances',
      (token) => client.send(new DescribeInstancesCommand({ MaxResults: 1000, NextToken: token, Filters: filters })),
      (p) => p.NextToken,
    )) {
      let count = 0;
      for (const reservation of page.Reservations ?? []) {
        for (const instance of reservation.Instances ?? []) {
          if (!instance.InstanceId) continue;
          const asset = ctx.asset({ id: ec2Arn(ctx, 'instance', instance.InstanceId), type: 'AWS::EC2::Instance', kind: 'compute.instance', name: instance.InstanceId, tags: tagsFromList(instance.Tags) });
          ctx.aspect(asset, 'instance', { ok: true, value: instance });
          count++;
          yield asset;
        }
      }
      ctx.progress(count);
    }
  },
};
