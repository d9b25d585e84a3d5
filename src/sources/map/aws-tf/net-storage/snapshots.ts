/**
 * Snapshots and images, judged for sharing and encryption:
 * - `aws_ebs_snapshot` / `aws_ebs_snapshot_copy` (+ `aws_snapshot_create_volume_permission`) → `AWS::EC2::Snapshot`
 *   (aspects `snapshot` and `createVolumePermissions`, as DescribeSnapshots / DescribeSnapshotAttribute return them);
 * - `aws_ami` / `aws_ami_copy` / `aws_ami_from_instance` (+ `aws_ami_launch_permission`) → `AWS::EC2::Image`
 *   (aspect `image`; `Public` when a launch permission names the group `all`);
 * - `aws_db_snapshot` / `aws_db_snapshot_copy` → `AWS::RDS::DBSnapshot` and `aws_db_cluster_snapshot` →
 *   `AWS::RDS::DBClusterSnapshot` (aspects `snapshot` and `attributes`, whose `restore` attribute lists
 *   `shared_accounts`, `all` meaning public). Encryption follows the source database when it is in this
 *   configuration; otherwise it is left out of the `snapshot` aspect (the encryption rule then says unknown,
 *   as for an unreported flag) so the sharing verdict, which does not depend on it, still stands.
 */
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { AssetBuilder, iacId, knownString, type IacMapper, type MapContext } from '../../kit.js';
import { awsTags, bool, compact, ifKnown, list, placement, ResourceIndex, str } from './common.js';
import { storageEncrypted } from './rds.js';

function tagList(tags: Record<string, string>) {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

function mapEbsSnapshot(r: IacResource, perms: IacResource[], index: ResourceIndex, ctx: MapContext): Asset {
  const v = r.values;
  const { region, account } = placement(r);
  const tags = awsTags(r);
  const b = new AssetBuilder({ provider: 'aws', id: iacId(r), type: 'AWS::EC2::Snapshot', kind: 'storage.snapshot', name: tags.Name ?? r.address, account, region, tags }, r, ctx, 'ec2');
  let encrypted: unknown;
  if (r.type === 'aws_ebs_snapshot_copy') encrypted = bool(v.encrypted, false) === true ? true : undefined;
  else {
    const [volume] = index.targets(r, v.volume_id, ['aws_ebs_volume'], ['id']);
    encrypted = volume?.values.encrypted === true ? true : undefined;
  }
  b.aspect('snapshot', () => compact({ State: 'completed', Encrypted: encrypted as boolean | undefined, VolumeId: ifKnown(str(v.volume_id)), Description: ifKnown(str(v.description)), Tags: tagList(tags) }));
  b.aspect('createVolumePermissions', () => perms.map((p) => ({ UserId: p.values.account_id })));
  return b.build();
}

function mapImage(r: IacResource, perms: IacResource[], ctx: MapContext): Asset {
  const v = r.values;
  const { region, account } = placement(r);
  const tags = awsTags(r);
  const name = knownString(v.name);
  const b = new AssetBuilder({ provider: 'aws', id: iacId(r), type: 'AWS::EC2::Image', kind: 'compute.image', name: name ?? r.address, account, region, tags }, r, ctx, 'ec2');
  b.aspect('image', () => {
    const groups = perms.map((p) => p.values.group);
    const unknown = groups.find(isUnknown);
    return compact({ Name: name, State: 'available', Public: unknown ?? groups.includes('all'), Tags: tagList(tags) });
  });
  return b.build();
}

/** `shared_accounts` as the `restore` attribute's values (`all` = public). */
function restore(shared: unknown): unknown {
  return list(shared);
}

function mapDbSnapshot(r: IacResource, index: ResourceIndex, ctx: MapContext): Asset {
  const v = r.values;
  const { region, account, partition } = placement(r);
  const tags = awsTags(r);
  const id = knownString(v.db_snapshot_identifier ?? v.target_db_snapshot_identifier);
  const arn = id && region && account ? `arn:${partition}:rds:${region}:${account}:snapshot:${id}` : iacId(r);
  const b = new AssetBuilder({ provider: 'aws', id: arn, type: 'AWS::RDS::DBSnapshot', kind: 'database.snapshot', name: id ?? r.address, account, region, tags }, r, ctx, 'rds');
  b.aspect('snapshot', () => {
    let encrypted: boolean | Unknown;
    if (r.type === 'aws_db_snapshot_copy') encrypted = v.kms_key_id !== undefined && v.kms_key_id !== null && v.kms_key_id !== '' ? true : new Unknown('a copy is encrypted as its source unless a KMS key is given');
    else {
      const [db] = index.targets(r, v.db_instance_identifier, ['aws_db_instance'], ['identifier']);
      encrypted = db ? storageEncrypted(db.values, false) : new Unknown('encryption is the source database\'s, which is not in this configuration');
    }
    return compact({ DBSnapshotIdentifier: id, DBInstanceIdentifier: ifKnown(str(v.db_instance_identifier)), SnapshotType: 'manual', Status: 'available', Encrypted: ifKnown(encrypted), TagList: tagList(tags) });
  });
  b.aspect('attributes', () => compact({ DBSnapshotIdentifier: id, DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restore(v.shared_accounts) }] }));
  return b.build();
}

function mapClusterSnapshot(r: IacResource, index: ResourceIndex, ctx: MapContext): Asset {
  const v = r.values;
  const { region, account, partition } = placement(r);
  const tags = awsTags(r);
  const id = knownString(v.db_cluster_snapshot_identifier);
  const arn = id && region && account ? `arn:${partition}:rds:${region}:${account}:cluster-snapshot:${id}` : iacId(r);
  const b = new AssetBuilder({ provider: 'aws', id: arn, type: 'AWS::RDS::DBClusterSnapshot', kind: 'database.snapshot', name: id ?? r.address, account, region, tags }, r, ctx, 'rds');
  b.aspect('snapshot', () => {
    const [cluster] = index.targets(r, v.db_cluster_identifier, ['aws_rds_cluster'], ['cluster_identifier']);
    const encrypted = cluster ? storageEncrypted(cluster.values, str(cluster.values.engine_mode) === 'serverless') : new Unknown('encryption is the source cluster\'s, which is not in this configuration');
    return compact({ DBClusterSnapshotIdentifier: id, DBClusterIdentifier: ifKnown(str(v.db_cluster_identifier)), SnapshotType: 'manual', Status: 'available', StorageEncrypted: ifKnown(encrypted), TagList: tagList(tags) });
  });
  b.aspect('attributes', () => compact({ DBClusterSnapshotIdentifier: id, DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restore(v.shared_accounts) }] }));
  return b.build();
}

const EBS_SNAPSHOT_TYPES = ['aws_ebs_snapshot', 'aws_ebs_snapshot_copy'];
const IMAGE_TYPES = ['aws_ami', 'aws_ami_copy', 'aws_ami_from_instance'];

export const snapshotsMapper: IacMapper = {
  provider: 'aws',
  types: [...EBS_SNAPSHOT_TYPES, 'aws_snapshot_create_volume_permission', ...IMAGE_TYPES, 'aws_ami_launch_permission', 'aws_db_snapshot', 'aws_db_snapshot_copy', 'aws_db_cluster_snapshot'],
  map(resources, ctx) {
    const index = new ResourceIndex(resources);
    const permsOf = index.children(['aws_snapshot_create_volume_permission'], 'snapshot_id', EBS_SNAPSHOT_TYPES, ['id']);
    const launchOf = index.children(['aws_ami_launch_permission'], 'image_id', IMAGE_TYPES, ['id']);
    const out: Asset[] = [];
    for (const r of index.of(...EBS_SNAPSHOT_TYPES)) if (r.mode === 'managed') out.push(mapEbsSnapshot(r, permsOf.get(r) ?? [], index, ctx));
    for (const r of index.of(...IMAGE_TYPES)) if (r.mode === 'managed') out.push(mapImage(r, launchOf.get(r) ?? [], ctx));
    for (const r of index.of('aws_db_snapshot', 'aws_db_snapshot_copy')) if (r.mode === 'managed') out.push(mapDbSnapshot(r, index, ctx));
    for (const r of index.of('aws_db_cluster_snapshot')) if (r.mode === 'managed') out.push(mapClusterSnapshot(r, index, ctx));
    return out;
  },
};
