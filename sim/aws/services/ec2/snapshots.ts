import type {
  DescribeSnapshotAttributeCommandInput,
  DescribeSnapshotAttributeCommandOutput,
  DescribeSnapshotsCommandInput,
  DescribeSnapshotsCommandOutput,
  GetSnapshotBlockPublicAccessStateCommandOutput,
  Snapshot,
} from '@aws-sdk/client-ec2';
import { SimError, type SimContext, type SimHandler } from '../../service.js';
import { applyFilters, selectIds, type FilterAccessor } from './filters.js';
import { ec2Page } from './paging.js';
import type { Ec2Section, Ec2SnapshotEntry } from './section.js';

type Out<T> = Omit<T, '$metadata'>;

/** The snapshots in DescribeSnapshots shape (the attribute kept out) with the owner filled in. */
function ownedSnapshots(ctx: SimContext): Snapshot[] {
  return (ctx.regional<Ec2Section>('ec2').snapshots ?? []).map(({ createVolumePermissions: _perms, ...s }) => ({ OwnerId: ctx.account.id, ...s }));
}

const SNAPSHOT_FILTERS: Record<string, FilterAccessor<Snapshot>> = {
  'snapshot-id': (s) => s.SnapshotId,
  'volume-id': (s) => s.VolumeId,
  'owner-id': (s) => s.OwnerId,
  encrypted: (s) => String(s.Encrypted ?? false),
  status: (s) => s.State,
};

/**
 * DescribeSnapshots: MaxResults 5..1000 (larger values return 1000). OwnerIds `self` or an account id
 * select by owner; without OwnerIds every snapshot the estate lists for the account is returned.
 */
export const describeSnapshots: SimHandler = (input: DescribeSnapshotsCommandInput, ctx): Out<DescribeSnapshotsCommandOutput> => {
  let snapshots = ownedSnapshots(ctx);
  if (input.OwnerIds?.length) snapshots = snapshots.filter((s) => input.OwnerIds!.some((o) => (o === 'self' ? ctx.account.id : o) === s.OwnerId));
  snapshots = selectIds(snapshots, input.SnapshotIds, (s) => s.SnapshotId, 'InvalidSnapshot.NotFound', 'snapshot');
  const page = ec2Page(applyFilters(snapshots, input.Filters, SNAPSHOT_FILTERS), input, { min: 5, max: 1000, above: 'clamp' });
  return { Snapshots: page.items, ...(page.NextToken ? { NextToken: page.NextToken } : {}) };
};

/** Snapshot lookup by id, built once per estate section: attribute calls come one per snapshot. */
const indexes = new WeakMap<Ec2SnapshotEntry[], Map<string | undefined, Ec2SnapshotEntry>>();

function findSnapshot(ctx: SimContext, id: string | undefined): Ec2SnapshotEntry {
  const list = ctx.regional<Ec2Section>('ec2').snapshots ?? [];
  let index = indexes.get(list);
  if (!index) indexes.set(list, (index = new Map(list.map((s) => [s.SnapshotId, s]))));
  const s = index.get(id);
  if (!s) throw new SimError('InvalidSnapshot.NotFound', `The snapshot '${id}' does not exist.`);
  return s;
}

/** DescribeSnapshotAttribute for createVolumePermission or productCodes, one snapshot per call. */
export const describeSnapshotAttribute: SimHandler = (input: DescribeSnapshotAttributeCommandInput, ctx): Out<DescribeSnapshotAttributeCommandOutput> => {
  if (!input.SnapshotId) throw new SimError('MissingParameter', 'The request must contain the parameter snapshotId');
  const snapshot = findSnapshot(ctx, input.SnapshotId);
  switch (input.Attribute) {
    case 'createVolumePermission':
      return { SnapshotId: snapshot.SnapshotId, CreateVolumePermissions: snapshot.createVolumePermissions ?? [] };
    case 'productCodes':
      return { SnapshotId: snapshot.SnapshotId, ProductCodes: [] };
    default:
      throw new SimError('InvalidParameterValue', `Value (${input.Attribute}) for parameter attribute is invalid. Unknown attribute.`);
  }
};

/** GetSnapshotBlockPublicAccessState: "unblocked" unless the estate sets a state. */
export const getSnapshotBlockPublicAccessState: SimHandler = (_input, ctx): Out<GetSnapshotBlockPublicAccessStateCommandOutput> => ({
  State: ctx.regional<Ec2Section>('ec2').snapshotBlockPublicAccessState ?? 'unblocked',
  ManagedBy: 'account',
});
