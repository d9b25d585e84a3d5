import { DescribeDBClusterSnapshotAttributesCommand, DescribeDBClusterSnapshotsCommand, RDSClient, type DBClusterSnapshot } from '@aws-sdk/client-rds';
import { tagsFromList, type AwsCollector } from '../../collector.js';
import { mapInOrder } from '../../map-in-order.js';

const IN_FLIGHT = 8;
const GONE = ['DBClusterSnapshotNotFoundFault'];

/**
 * Manual DB cluster snapshots from DescribeDBClusterSnapshots, 100 per page, each with
 * DescribeDBClusterSnapshotAttributes (`restore` = accounts it is shared with, `all` when public).
 */
export const clusterSnapshotsCollector: AwsCollector = {
  id: 'aws.rds.cluster-snapshots',
  service: 'rds',
  scope: 'regional',
  types: ['AWS::RDS::DBClusterSnapshot'],
  permissions: ['rds:DescribeDBClusterSnapshots', 'rds:DescribeDBClusterSnapshotAttributes'],
  async *collect(ctx) {
    const client = ctx.client(RDSClient);
    async function* listed(): AsyncIterable<DBClusterSnapshot> {
      for await (const page of ctx.pages(
        'DescribeDBClusterSnapshots',
        (Marker) => client.send(new DescribeDBClusterSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, Marker })),
        (p) => p.Marker,
      )) {
        for (const s of page.DBClusterSnapshots ?? []) if (s.DBClusterSnapshotArn && s.DBClusterSnapshotIdentifier) yield s;
        ctx.progress(page.DBClusterSnapshots?.length ?? 0);
      }
    }
    yield* mapInOrder(listed(), IN_FLIGHT, async (s) => {
      const id = s.DBClusterSnapshotIdentifier!;
      const asset = ctx.asset({ id: s.DBClusterSnapshotArn!, type: 'AWS::RDS::DBClusterSnapshot', kind: 'database.snapshot', name: id, tags: tagsFromList(s.TagList) });
      ctx.aspect(asset, 'snapshot', { ok: true, value: s });
      const attributes = await ctx.call('DescribeDBClusterSnapshotAttributes', () => client.send(new DescribeDBClusterSnapshotAttributesCommand({ DBClusterSnapshotIdentifier: id })), { resource: id, absentOn: GONE });
      ctx.aspect(asset, 'attributes', attributes, (r) => r?.DBClusterSnapshotAttributesResult ?? null);
      return asset;
    });
  },
};
