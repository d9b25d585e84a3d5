import { DescribeDBClustersCommand, RDSClient } from '@aws-sdk/client-rds';
import { tagsFromList, type AwsCollector } from '../../collector.js';

/**
 * RDS DB clusters (Aurora, Multi-AZ DB clusters, and the Neptune / DocumentDB clusters the same API
 * returns) from DescribeDBClusters, 100 per page. Encryption, Multi-AZ and deletion protection are all in
 * the description: no per-cluster call.
 */
export const clustersCollector: AwsCollector = {
  id: 'aws.rds.clusters',
  service: 'rds',
  scope: 'regional',
  types: ['AWS::RDS::DBCluster'],
  permissions: ['rds:DescribeDBClusters'],
  async *collect(ctx) {
    const client = ctx.client(RDSClient);
    for await (const page of ctx.pages(
      'DescribeDBClusters',
      (Marker) => client.send(new DescribeDBClustersCommand({ MaxRecords: 100, Marker })),
      (p) => p.Marker,
    )) {
      for (const c of page.DBClusters ?? []) {
        if (!c.DBClusterArn || !c.DBClusterIdentifier) continue;
        const asset = ctx.asset({ id: c.DBClusterArn, type: 'AWS::RDS::DBCluster', kind: 'database.cluster', name: c.DBClusterIdentifier, tags: tagsFromList(c.TagList) });
        ctx.aspect(asset, 'cluster', { ok: true, value: c });
        yield asset;
      }
      ctx.progress(page.DBClusters?.length ?? 0);
    }
  },
};
