import { DescribeDBSnapshotAttributesCommand, DescribeDBSnapshotsCommand, RDSClient, type DBSnapshot } from '@aws-sdk/client-rds';
import { tagsFromList, type AwsCollector } from '../../collector.js';
import { mapInOrder } from '../../map-in-order.js';

/** Snapshots hydrated at once: attribute calls are latency-bound, the shared limiter paces the rate. */
const IN_FLIGHT = 8;

/** Deleted between the listing and the attribute call: the snapshot is gone, not an error. */
const GONE = ['DBSnapshotNotFound', 'DBSnapshotNotFoundFault'];

/**
 * Manual DB snapshots (the only kind that can be shared) from DescribeDBSnapshots, 100 per page, each with
 * DescribeDBSnapshotAttributes: its `restore` attribute lists the accounts it is shared with, `all` when
 * public.
 */
export const snapshotsCollector: AwsCollector = {
  id: 'aws.rds.snapshots',
  service: 'rds',
  scope: 'regional',
  types: ['AWS::RDS::DBSnapshot'],
  permissions: ['rds:DescribeDBSnapshots', 'rds:DescribeDBSnapshotAttributes'],
  async *collect(ctx) {
    const client = ctx.client(RDSClient);
    async function* listed(): AsyncIterable<DBSnapshot> {
      for await (const page of ctx.pages(
        'DescribeDBSnapshots',
        (Marker) => client.send(new DescribeDBSnapshotsCommand({ SnapshotType: 'manual', MaxRecords: 100, Marker })),
        (p) => p.Marker,
      )) {
        for (const s of page.DBSnapshots ?? []) if (s.DBSnapshotArn && s.DBSnapshotIdentifier) yield s;
        ctx.progress(page.DBSnapshots?.length ?? 0);
      }
    }
    yield* mapInOrder(listed(), IN_FLIGHT, async (s) => {
      const id = s.DBSnapshotIdentifier!;
      const asset = ctx.asset({ id: s.DBSnapshotArn!, type: 'AWS::RDS::DBSnapshot', kind: 'database.snapshot', name: id, tags: tagsFromList(s.TagList) });
      ctx.aspect(asset, 'snapshot', { ok: true, value: s });
      const attributes = await ctx.call('DescribeDBSnapshotAttributes', () => client.send(new DescribeDBSnapshotAttributesCommand({ DBSnapshotIdentifier: id })), { resource: id, absentOn: GONE });
      ctx.aspect(asset, 'attributes', attributes, (r) => r?.DBSnapshotAttributesResult ?? null);
      return asset;
    });
  },
};
