/**
 * What RDS fills in on every record it returns: ARNs, resource ids, endpoints, dates (estates may
 * write ISO strings) and the defaults the API reports for settings left unset at creation.
 */
import type { DBCluster, DBClusterSnapshot, DBInstance, DBSnapshot } from '@aws-sdk/client-rds';
import { hashSeed } from '../../rng.js';
import { toDate, type Dated } from './dated.js';

/** Estate records: SDK shapes whose Date members may be ISO strings; identifiers required. */
export type SimDBInstance = Dated<DBInstance> & { DBInstanceIdentifier: string };
export type SimDBCluster = Dated<DBCluster> & { DBClusterIdentifier: string };
/** `restore`: values of the snapshot's `restore` attribute (account ids, or `all` = public). */
export type SimDBSnapshot = Dated<DBSnapshot> & { DBSnapshotIdentifier: string; restore?: string[] };
export type SimDBClusterSnapshot = Dated<DBClusterSnapshot> & { DBClusterSnapshotIdentifier: string; restore?: string[] };

const EPOCH = '2024-01-15T09:30:00Z';

interface Where {
  region: string;
  account: string;
}

export const rdsArn = (w: Where, kind: 'db' | 'cluster' | 'snapshot' | 'cluster-snapshot', id: string): string => `arn:aws:rds:${w.region}:${w.account}:${kind}:${id}`;

/** RDS resource ids look like `db-` + 26 upper-case base32 characters, stable per identifier. */
function resourceId(prefix: string, w: Where, id: string): string {
  let h = hashSeed(`${w.account}/${w.region}/${id}`);
  let out = '';
  for (let i = 0; i < 26; i++) {
    h = Math.imul(h ^ (h >>> 13), 0x5bd1e995) >>> 0;
    out += 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[h % 32];
  }
  return `${prefix}-${out}`;
}

/** The per-account DNS label RDS puts in every endpoint (`<id>.<label>.<region>.rds.amazonaws.com`). */
const dnsLabel = (account: string): string => `c${hashSeed(account).toString(36).padStart(10, '0').slice(0, 11)}`;

export function dbInstance(w: Where, i: SimDBInstance): DBInstance {
  const engine = i.Engine ?? 'postgres';
  const port = i.Endpoint?.Port ?? (engine.includes('mysql') || engine.includes('maria') ? 3306 : 5432);
  return {
    DBInstanceClass: 'db.t3.medium',
    Engine: engine,
    DBInstanceStatus: 'available',
    MasterUsername: 'dbadmin',
    AllocatedStorage: 100,
    BackupRetentionPeriod: 1,
    MultiAZ: false,
    EngineVersion: engine.includes('mysql') ? '8.0.39' : '16.4',
    AutoMinorVersionUpgrade: true,
    PubliclyAccessible: false,
    StorageType: 'gp3',
    StorageEncrypted: false,
    DeletionProtection: false,
    CopyTagsToSnapshot: false,
    IAMDatabaseAuthenticationEnabled: false,
    MonitoringInterval: 0,
    PerformanceInsightsEnabled: false,
    DbInstancePort: 0,
    AvailabilityZone: `${w.region}a`,
    PreferredBackupWindow: '03:00-03:30',
    PreferredMaintenanceWindow: 'sun:05:00-sun:05:30',
    TagList: [],
    ...i,
    Endpoint: { Address: `${i.DBInstanceIdentifier}.${dnsLabel(w.account)}.${w.region}.rds.amazonaws.com`, Port: port, HostedZoneId: 'Z2R2ITUGPM61AM', ...i.Endpoint },
    DBInstanceArn: rdsArn(w, 'db', i.DBInstanceIdentifier),
    DbiResourceId: i.DbiResourceId ?? resourceId('db', w, i.DBInstanceIdentifier),
    InstanceCreateTime: toDate(i.InstanceCreateTime ?? EPOCH),
    LatestRestorableTime: toDate(i.LatestRestorableTime),
    ResumeFullAutomationModeTime: toDate(i.ResumeFullAutomationModeTime),
    AutomaticRestartTime: toDate(i.AutomaticRestartTime),
  };
}

/** `members`: the instances whose DBClusterIdentifier names this cluster (RDS derives DBClusterMembers). */
export function dbCluster(w: Where, c: SimDBCluster, members: SimDBInstance[]): DBCluster {
  const engine = c.Engine ?? 'aurora-postgresql';
  return {
    Engine: engine,
    EngineVersion: engine === 'aurora-mysql' ? '8.0.mysql_aurora.3.08.0' : '16.4',
    EngineMode: 'provisioned',
    Status: 'available',
    MasterUsername: 'dbadmin',
    Port: engine === 'aurora-mysql' ? 3306 : 5432,
    BackupRetentionPeriod: 1,
    MultiAZ: new Set(members.map((m) => m.AvailabilityZone)).size > 1,
    AvailabilityZones: [`${w.region}a`, `${w.region}b`, `${w.region}c`],
    StorageEncrypted: false,
    DeletionProtection: false,
    IAMDatabaseAuthenticationEnabled: false,
    CopyTagsToSnapshot: false,
    AutoMinorVersionUpgrade: true,
    TagList: [],
    DBClusterMembers: members.map((m, n) => ({ DBInstanceIdentifier: m.DBInstanceIdentifier, IsClusterWriter: n === 0, DBClusterParameterGroupStatus: 'in-sync', PromotionTier: 1 })),
    ...c,
    Endpoint: `${c.DBClusterIdentifier}.cluster-${dnsLabel(w.account)}.${w.region}.rds.amazonaws.com`,
    ReaderEndpoint: `${c.DBClusterIdentifier}.cluster-ro-${dnsLabel(w.account)}.${w.region}.rds.amazonaws.com`,
    DBClusterArn: rdsArn(w, 'cluster', c.DBClusterIdentifier),
    DbClusterResourceId: c.DbClusterResourceId ?? resourceId('cluster', w, c.DBClusterIdentifier),
    ClusterCreateTime: toDate(c.ClusterCreateTime ?? EPOCH),
    EarliestRestorableTime: toDate(c.EarliestRestorableTime),
    LatestRestorableTime: toDate(c.LatestRestorableTime),
    EarliestBacktrackTime: toDate(c.EarliestBacktrackTime),
    IOOptimizedNextAllowedModificationTime: toDate(c.IOOptimizedNextAllowedModificationTime),
    AutomaticRestartTime: toDate(c.AutomaticRestartTime),
  };
}

export function dbSnapshot(w: Where, s: SimDBSnapshot): DBSnapshot {
  const { restore: _restore, ...rest } = s;
  return {
    SnapshotType: 'manual',
    Status: 'available',
    Engine: 'postgres',
    AllocatedStorage: 100,
    Port: 5432,
    Encrypted: false,
    PercentProgress: 100,
    StorageType: 'gp3',
    IAMDatabaseAuthenticationEnabled: false,
    AvailabilityZone: `${w.region}a`,
    TagList: [],
    ...rest,
    DBSnapshotArn: rdsArn(w, 'snapshot', s.DBSnapshotIdentifier),
    SnapshotCreateTime: toDate(s.SnapshotCreateTime ?? EPOCH),
    InstanceCreateTime: toDate(s.InstanceCreateTime ?? EPOCH),
    OriginalSnapshotCreateTime: toDate(s.OriginalSnapshotCreateTime ?? s.SnapshotCreateTime ?? EPOCH),
    SnapshotDatabaseTime: toDate(s.SnapshotDatabaseTime),
  };
}

export function dbClusterSnapshot(w: Where, s: SimDBClusterSnapshot): DBClusterSnapshot {
  const { restore: _restore, ...rest } = s;
  return {
    SnapshotType: 'manual',
    Status: 'available',
    Engine: 'aurora-postgresql',
    EngineMode: 'provisioned',
    AllocatedStorage: 0,
    Port: 0,
    StorageEncrypted: false,
    PercentProgress: 100,
    IAMDatabaseAuthenticationEnabled: false,
    AvailabilityZones: [`${w.region}a`, `${w.region}b`, `${w.region}c`],
    TagList: [],
    ...rest,
    DBClusterSnapshotArn: rdsArn(w, 'cluster-snapshot', s.DBClusterSnapshotIdentifier),
    SnapshotCreateTime: toDate(s.SnapshotCreateTime ?? EPOCH),
    ClusterCreateTime: toDate(s.ClusterCreateTime ?? EPOCH),
  };
}
