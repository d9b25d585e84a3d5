/**
 * Cloud SQL: `google_sql_database_instance` → `sqladmin.googleapis.com/Instance` (id
 * `//cloudsql.googleapis.com/projects/<p>/instances/<name>`) with the `instance` aspect as sqladmin
 * instances.list returns it. An instance without `name` gets a random name at apply: its id is the `iac:` id.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, type IacResource } from '../../model.js';
import { kmsKeyRef } from './kms.js';
import { blk, blks, bool, builder, compact, i64, labelsOf, nameOf, num, or, projectOf, regionOf, str, strMap, type Index, type Obj } from './util.js';

export const SQL_INSTANCE_TYPE = 'sqladmin.googleapis.com/Instance';
export const SQL_TYPES = ['google_sql_database_instance'];

/**
 * `sslMode` as the API reports it: the configured mode; else `require_ssl = true` (deprecated) is the mode that
 * requires trusted client certificates; else the API default, which allows unencrypted connections.
 */
function sslMode(ip: Obj | undefined): { sslMode: unknown; requireSsl: unknown } {
  const mode = str(ip?.ssl_mode);
  const require = bool(ip?.require_ssl);
  if (mode !== undefined) return { sslMode: mode, requireSsl: require ?? (isUnknown(mode) ? mode : mode === 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED') };
  if (isUnknown(require)) return { sslMode: require, requireSsl: require };
  return require === true ? { sslMode: 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED', requireSsl: true } : { sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: false };
}

function instanceAspect(idx: Index, r: IacResource, project: string | undefined, region: string | undefined): Obj {
  const v = r.values;
  const s = blk(v.settings) ?? {};
  const ip = blk(s.ip_configuration);
  const backup = blk(s.backup_configuration);
  const retention = blk(backup?.backup_retention_settings);
  const labels = strMap(s.user_labels);
  const replica = v.master_instance_name !== undefined && v.master_instance_name !== null;
  const flags = blks(s.database_flags).map((f) => ({ name: str(f.name), value: str(f.value) }));
  return compact({
    kind: 'sql#instance',
    name: str(v.name),
    project,
    region,
    databaseVersion: str(v.database_version),
    backendType: 'SECOND_GEN',
    instanceType: replica ? 'READ_REPLICA_INSTANCE' : 'CLOUD_SQL_INSTANCE',
    masterInstanceName: replica ? str(v.master_instance_name) : undefined,
    settings: compact({
      kind: 'sql#settings',
      tier: str(s.tier),
      edition: str(s.edition),
      availabilityType: or(str(s.availability_type), 'ZONAL'),
      userLabels: labels && Object.keys(labels).length ? labels : undefined,
      deletionProtectionEnabled: bool(s.deletion_protection_enabled),
      ipConfiguration: compact({
        // API / provider default: a public IPv4 address.
        ipv4Enabled: or(bool(ip?.ipv4_enabled), true),
        privateNetwork: str(ip?.private_network),
        authorizedNetworks: blks(ip?.authorized_networks).map((n) => compact({ kind: 'sql#aclEntry', value: str(n.value), name: str(n.name), expirationTime: str(n.expiration_time) })),
        ...sslMode(ip),
      }),
      // Provider defaults: backups off; when on, 7 retained backups and 7 days of transaction logs.
      backupConfiguration: compact({
        kind: 'sql#backupConfiguration',
        enabled: or(bool(backup?.enabled), false),
        startTime: str(backup?.start_time),
        location: str(backup?.location),
        binaryLogEnabled: bool(backup?.binary_log_enabled),
        pointInTimeRecoveryEnabled: bool(backup?.point_in_time_recovery_enabled),
        transactionLogRetentionDays: or(num(backup?.transaction_log_retention_days), 7),
        backupRetentionSettings: { retainedBackups: or(num(retention?.retained_backups), 7), retentionUnit: or(str(retention?.retention_unit), 'COUNT') },
      }),
      databaseFlags: flags.length ? flags : undefined,
      dataDiskSizeGb: i64(s.disk_size),
    }),
    diskEncryptionConfiguration: v.encryption_key_name !== undefined && v.encryption_key_name !== null ? { kind: 'sql#diskEncryptionConfiguration', kmsKeyName: kmsKeyRef(idx, v.encryption_key_name) } : undefined,
  });
}

export function mapSql(idx: Index): Asset[] {
  return idx.of('google_sql_database_instance').map((r) => {
    const name = nameOf(r);
    const project = projectOf(r);
    const region = regionOf(r);
    const settings = Array.isArray(r.values.settings) ? (r.values.settings[0] as Obj | undefined) : undefined;
    return builder(r, idx.ctx, 'sqladmin', {
      liveId: name && project ? `//cloudsql.googleapis.com/projects/${project}/instances/${name}` : undefined,
      type: SQL_INSTANCE_TYPE,
      kind: 'database.instance',
      name: name ?? r.name,
      account: project,
      region,
      tags: labelsOf(settings?.user_labels),
    })
      .aspect('instance', () => instanceAspect(idx, r, project, region))
      .build();
  });
}
