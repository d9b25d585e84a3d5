import { DescribeSnapshotAttributeCommand, DescribeSnapshotsCommand, EC2Client, type Snapshot } from '@aws-sdk/client-ec2';
import { tagsFromList, type AwsCollectContext, type AwsCollector } from '../../collector.js';
import type { Asset } from '../../../../core/asset.js';
import { ec2ArnWithoutAccount } from './support/arn.js';
import { mapInOrder } from '../../map-in-order.js';

/** Attribute calls kept in flight at once; the limiter's EC2 bucket (100, 20/s) sets the actual pace. */
const HYDRATION_CONCURRENCY = 16;

async function hydrate(ctx: AwsCollectContext, client: EC2Client, snapshot: Snapshot & { SnapshotId: string }): Promise<Asset> {
  const asset = ctx.asset({ id: ec2ArnWithoutAccount(ctx, 'snapshot', snapshot.SnapshotId), type: 'AWS::EC2::Snapshot', kind: 'storage.snapshot', name: snapshot.SnapshotId, tags: tagsFromList(snapshot.Tags) });
  ctx.aspect(asset, 'snapshot', { ok: true, value: snapshot });
  const perms = await ctx.call(
    'DescribeSnapshotAttribute',
    () => client.send(new DescribeSnapshotAttributeCommand({ SnapshotId: snapshot.SnapshotId, Attribute: 'createVolumePermission' })),
    { resource: snapshot.SnapshotId },
  );
  ctx.aspect(asset, 'createVolumePermissions', perms, (out) => out?.CreateVolumePermissions);
  return asset;
}

/**
 * EBS snapshots the account owns (DescribeSnapshots OwnerIds=self), each with who may create volumes from
 * it (DescribeSnapshotAttribute createVolumePermission: one call per snapshot, the only way EC2 exposes
 * sharing). `pageSize` is the API maximum in production; tests lower it to exercise pagination without
 * thousands of paced attribute calls.
 */
export function makeSnapshotsCollector(pageSize = 1000): AwsCollector {
  return {
    id: 'aws.ec2.snapshots',
    service: 'ec2',
    scope: 'regional',
    types: ['AWS::EC2::Snapshot'],
    permissions: ['ec2:DescribeSnapshots', 'ec2:DescribeSnapshotAttribute'],
    async *collect(ctx) {
      const client = ctx.client(EC2Client);
      for await (const page of ctx.pages(
        'DescribeSnapshots',
        (token) => client.send(new DescribeSnapshotsCommand({ OwnerIds: ['self'], MaxResults: pageSize, NextToken: token })),
        (p) => p.NextToken,
      )) {
        const snapshots = (page.Snapshots ?? []).filter((s): s is Snapshot & { SnapshotId: string } => !!s.SnapshotId);
        for await (const asset of mapInOrder(snapshots, HYDRATION_CONCURRENCY, (s) => hydrate(ctx, client, s))) {
          ctx.progress(1);
          yield asset;
        }
      }
    },
  };
}

export const snapshotsCollector = makeSnapshotsCollector();
