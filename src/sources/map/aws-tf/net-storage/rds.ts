/**
 * `aws_db_instance` and `aws_rds_cluster_instance` → `AWS::RDS::DBInstance` (aspect `instance`, a
 * DescribeDBInstances entry); `aws_rds_cluster` → `AWS::RDS::DBCluster` (aspect `cluster`, a
 * DescribeDBClusters entry). Omitted arguments take the values RDS gives them (CreateDBInstance /
 * CreateDBCluster defaults, as the provider documents them): storage not encrypted, not publicly accessible,
 * single-AZ, deletion protection off, minor version upgrades on, backups kept 1 day, no log exports. A
 * database restored from a snapshot or replicating another inherits encryption, so it is unknown there
 * unless written.
 */
import type { Asset } from '../../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { AssetBuilder, iacId, knownString, type IacMapper, type MapContext } from '../../kit.js';
import { awsTags, bool, compact, ifKnown, kmsKeyRef, list, num, placement, present, ResourceIndex, str } from './common.js';

function tagList(tags: Record<string, string>) {
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

function arn(r: IacResource, kind: 'db' | 'cluster', identifier: string | undefined): string {
  const { region, account, partition } = placement(r);
  return identifier && region && account ? `arn:${partition}:rds:${region}:${account}:${kind}:${identifier}` : iacId(r);
}

function inherits(v: Record<string, unknown>): boolean {
  return [v.snapshot_identifier, v.replicate_source_db, v.replication_source_identifier, v.restore_to_point_in_time, v.s3_import]
    .some((x) => x !== undefined && x !== null && x !== '' && !(Array.isArray(x) && !x.length));
}

/** `storage_encrypted` as RDS will report it. */
export function storageEncrypted(v: Record<string, unknown>, dflt: boolean): boolean | Unknown {
  if ((v.storage_encrypted === undefined || v.storage_encrypted === null) && inherits(v)) return new Unknown('encryption is inherited from the source snapshot or database');
  return bool(v.storage_encrypted, dflt);
}

function kmsKey(v: unknown, encrypted: boolean | Unknown, from: IacResource): unknown {
  if (encrypted !== true) return undefined;
  if (v === undefined || v === null || v === '') return undefined;
  return ifKnown(kmsKeyRef(v, from));
}

function mapDbInstance(r: IacResource, ctx: MapContext): Asset {
  const v = r.values;
  const identifier = knownString(v.identifier);
  const tags = awsTags(r);
  const { region, account } = placement(r);
  const b = new AssetBuilder({ provider: 'aws', id: arn(r, 'db', identifier), type: 'AWS::RDS::DBInstance', kind: 'database.instance', name: identifier ?? r.address, account, region, tags }, r, ctx, 'rds');
  const replica = v.replicate_source_db !== undefined && v.replicate_source_db !== null && v.replicate_source_db !== '';
  b.aspect('instance', () => {
    const encrypted = storageEncrypted(v, false);
    return compact({
      DBInstanceIdentifier: identifier,
      DBInstanceClass: ifKnown(str(v.instance_class)),
      Engine: replica ? ifKnown(str(v.engine)) : str(v.engine),
      EngineVersion: ifKnown(str(v.engine_version)),
      DBInstanceStatus: 'available',
      StorageEncrypted: encrypted,
      KmsKeyId: kmsKey(v.kms_key_id, encrypted, r),
      PubliclyAccessible: bool(v.publicly_accessible, false),
      MultiAZ: bool(v.multi_az, false),
      BackupRetentionPeriod: replica ? ifKnown(num(v.backup_retention_period)) : num(v.backup_retention_period, 1),
      DeletionProtection: bool(v.deletion_protection, false),
      AutoMinorVersionUpgrade: bool(v.auto_minor_version_upgrade, true),
      EnabledCloudwatchLogsExports: list(v.enabled_cloudwatch_logs_exports),
      IAMDatabaseAuthenticationEnabled: ifKnown(bool(v.iam_database_authentication_enabled, false)),
      CopyTagsToSnapshot: ifKnown(bool(v.copy_tags_to_snapshot, false)),
      PerformanceInsightsEnabled: ifKnown(bool(v.performance_insights_enabled, false)),
      ReadReplicaSourceDBInstanceIdentifier: replica ? (ifKnown(str(v.replicate_source_db)) ?? '(source database known after apply)') : undefined,
      TagList: tagList(tags),
    });
  });
  return b.build();
}

/** The cluster a cluster instance belongs to: its identifier as RDS reports it, and the cluster resource when it is here. */
function clusterOf(r: IacResource, index: ResourceIndex): { id: unknown; cluster?: IacResource } {
  const ref = r.values.cluster_identifier;
  const [cluster] = index.targets(r, ref, ['aws_rds_cluster'], ['cluster_identifier']);
  const id = knownString(ref) ?? knownString(cluster?.values.cluster_identifier) ?? present(ref);
  return { id, ...(cluster ? { cluster } : {}) };
}

function mapClusterInstance(r: IacResource, index: ResourceIndex, ctx: MapContext): Asset {
  const v = r.values;
  const identifier = knownString(v.identifier);
  const tags = awsTags(r);
  const { region, account } = placement(r);
  const { id: clusterId, cluster } = clusterOf(r, index);
  const b = new AssetBuilder({ provider: 'aws', id: arn(r, 'db', identifier), type: 'AWS::RDS::DBInstance', kind: 'database.instance', name: identifier ?? r.address, account, region, tags }, r, ctx, 'rds');
  b.aspect('instance', () => {
    const cv = cluster?.values;
    const encrypted = cv ? storageEncrypted(cv, str(cv.engine_mode) === 'serverless') : new Unknown('encryption is the cluster\'s, which is not in this configuration');
    return compact({
      DBInstanceIdentifier: identifier,
      DBClusterIdentifier: isUnknown(clusterId) ? clusterId : (clusterId as string),
      DBInstanceClass: ifKnown(str(v.instance_class)),
      Engine: str(v.engine),
      EngineVersion: ifKnown(str(v.engine_version)),
      DBInstanceStatus: 'available',
      StorageEncrypted: encrypted,
      KmsKeyId: cv ? kmsKey(cv.kms_key_id, encrypted, cluster!) : undefined,
      PubliclyAccessible: bool(v.publicly_accessible, false),
      BackupRetentionPeriod: cv ? ifKnown(num(cv.backup_retention_period, 1)) : undefined,
      AutoMinorVersionUpgrade: bool(v.auto_minor_version_upgrade, true),
      EnabledCloudwatchLogsExports: cv ? list(cv.enabled_cloudwatch_logs_exports) : new Unknown('log exports are the cluster\'s, which is not in this configuration'),
      PerformanceInsightsEnabled: ifKnown(bool(v.performance_insights_enabled, false)),
      TagList: tagList(tags),
    });
  });
  return b.build();
}

function mapCluster(r: IacResource, members: IacResource[], ctx: MapContext): Asset {
  const v = r.values;
  const identifier = knownString(v.cluster_identifier);
  const tags = awsTags(r);
  const { region, account } = placement(r);
  const b = new AssetBuilder({ provider: 'aws', id: arn(r, 'cluster', identifier), type: 'AWS::RDS::DBCluster', kind: 'database.cluster', name: identifier ?? r.address, account, region, tags }, r, ctx, 'rds');
  b.aspect('cluster', () => {
    const serverless = str(v.engine_mode) === 'serverless';
    const encrypted = storageEncrypted(v, serverless);
    return compact({
      DBClusterIdentifier: identifier,
      Engine: ifKnown(str(v.engine, 'aurora-mysql')),
      EngineVersion: ifKnown(str(v.engine_version)),
      EngineMode: ifKnown(str(v.engine_mode, 'provisioned')),
      Status: 'available',
      StorageEncrypted: encrypted,
      KmsKeyId: kmsKey(v.kms_key_id, encrypted, r),
      DeletionProtection: bool(v.deletion_protection, false),
      BackupRetentionPeriod: num(v.backup_retention_period, 1),
      EnabledCloudwatchLogsExports: list(v.enabled_cloudwatch_logs_exports),
      IAMDatabaseAuthenticationEnabled: ifKnown(bool(v.iam_database_authentication_enabled, false)),
      DBClusterMembers: members.map((m) => compact({ DBInstanceIdentifier: knownString(m.values.identifier) })),
      TagList: tagList(tags),
    });
  });
  return b.build();
}

export const rdsMapper: IacMapper = {
  provider: 'aws',
  types: ['aws_db_instance', 'aws_rds_cluster', 'aws_rds_cluster_instance'],
  map(resources, ctx) {
    const index = new ResourceIndex(resources);
    const membersOf = index.children(['aws_rds_cluster_instance'], 'cluster_identifier', ['aws_rds_cluster'], ['cluster_identifier']);
    const out: Asset[] = [];
    for (const r of index.of('aws_db_instance')) if (r.mode === 'managed') out.push(mapDbInstance(r, ctx));
    for (const r of index.of('aws_rds_cluster_instance')) if (r.mode === 'managed') out.push(mapClusterInstance(r, index, ctx));
    for (const r of index.of('aws_rds_cluster')) if (r.mode === 'managed') out.push(mapCluster(r, membersOf.get(r) ?? [], ctx));
    return out;
  },
};
