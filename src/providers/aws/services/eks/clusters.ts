import { DescribeClusterCommand, EKSClient, ListClustersCommand } from '@aws-sdk/client-eks';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, AwsCollector } from '../../collector.js';
import { mapInOrder } from '../../map-in-order.js';

/** ListClusters' maximum (and default) page size. */
const PAGE_SIZE = 100;
const IN_FLIGHT = 8;

/** The cluster asset, or undefined when it was deleted between listing and describing it. */
async function clusterAsset(ctx: AwsCollectContext, client: EKSClient, name: string): Promise<Asset | undefined> {
  const described = await ctx.call('DescribeCluster', () => client.send(new DescribeClusterCommand({ name })), { resource: name, absentOn: ['ResourceNotFoundException'] });
  if (described.ok && !described.value?.cluster) return undefined;
  // The ARN is built the way EKS writes it so a cluster whose description failed still has its real id.
  const cluster = described.ok ? described.value?.cluster : undefined;
  const asset = ctx.asset({ id: cluster?.arn ?? `arn:${ctx.partition}:eks:${ctx.region}:${ctx.account}:cluster/${name}`, type: 'AWS::EKS::Cluster', kind: 'container.cluster', name, tags: cluster?.tags ?? {} });
  ctx.aspect(asset, 'cluster', described, (o) => o?.cluster);
  return asset;
}

/** EKS clusters of the region (ListClusters) with DescribeCluster's `cluster` as the `cluster` aspect. */
export function makeClustersCollector({ pageSize = PAGE_SIZE, inFlight = IN_FLIGHT } = {}): AwsCollector {
  return {
    id: 'aws.eks.clusters',
    service: 'eks',
    scope: 'regional',
    types: ['AWS::EKS::Cluster'],
    permissions: ['eks:ListClusters', 'eks:DescribeCluster'],
    async *collect(ctx) {
      const client = ctx.client(EKSClient);
      for await (const page of ctx.pages(
        'ListClusters',
        (nextToken) => client.send(new ListClustersCommand({ maxResults: pageSize, ...(nextToken ? { nextToken } : {}) })),
        (p) => p.nextToken,
      )) {
        const names = page.clusters ?? [];
        ctx.progress(names.length);
        for await (const asset of mapInOrder(names, inFlight, (n) => clusterAsset(ctx, client, n))) if (asset) yield asset;
      }
    },
  };
}

export const clustersCollector = makeClustersCollector();
