import { DescribeFlowLogsCommand, DescribeVpcsCommand, EC2Client, type FlowLog } from '@aws-sdk/client-ec2';
import { ListingFailed, tagsFromList, type AwsCollectContext, type AwsCollector, type CallResult } from '../../collector.js';
import { ec2Arn } from './support/arn.js';

/**
 * Every flow log of the region, grouped by the resource it is attached to (VPC, subnet or ENI): one
 * listing serves all VPCs instead of a call per VPC. A failed listing becomes the error every VPC's
 * `flowLogs` aspect carries.
 */
async function flowLogsByResource(ctx: AwsCollectContext, client: EC2Client): Promise<CallResult<Map<string, FlowLog[]>>> {
  const byResource = new Map<string, FlowLog[]>();
  try {
    for await (const page of ctx.pages(
      'DescribeFlowLogs',
      (token) => client.send(new DescribeFlowLogsCommand({ MaxResults: 1000, NextToken: token })),
      (p) => p.NextToken,
    )) {
      for (const log of page.FlowLogs ?? []) {
        if (!log.ResourceId) continue;
        const list = byResource.get(log.ResourceId) ?? [];
        list.push(log);
        byResource.set(log.ResourceId, list);
      }
    }
  } catch (e) {
    if (e instanceof ListingFailed) return { ok: false, error: e.error };
    throw e;
  }
  return { ok: true, value: byResource };
}

/** VPCs (DescribeVpcs, 1000 per page) with the flow logs attached to each (aspect `flowLogs`). */
export const vpcsCollector: AwsCollector = {
  id: 'aws.ec2.vpcs',
  service: 'ec2',
  scope: 'regional',
  types: ['AWS::EC2::VPC'],
  permissions: ['ec2:DescribeVpcs', 'ec2:DescribeFlowLogs'],
  async *collect(ctx) {
    const client = ctx.client(EC2Client);
    const flowLogs = await flowLogsByResource(ctx, client);
    for await (const page of ctx.pages(
      'DescribeVpcs',
      (token) => client.send(new DescribeVpcsCommand({ MaxResults: 1000, NextToken: token })),
      (p) => p.NextToken,
    )) {
      for (const vpc of page.Vpcs ?? []) {
        if (!vpc.VpcId) continue;
        const asset = ctx.asset({ id: ec2Arn(ctx, 'vpc', vpc.VpcId), type: 'AWS::EC2::VPC', kind: 'network.vpc', name: vpc.VpcId, tags: tagsFromList(vpc.Tags) });
        ctx.aspect(asset, 'vpc', { ok: true, value: vpc });
        ctx.aspect(asset, 'flowLogs', flowLogs, (byResource) => byResource.get(vpc.VpcId!) ?? []);
        yield asset;
      }
      ctx.progress(page.Vpcs?.length ?? 0);
    }
  },
};
