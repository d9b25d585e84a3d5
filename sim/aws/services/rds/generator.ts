/**
 * Benchmark RDS estates for one account and region: standalone instances (about a third single-AZ, one
 * in five unencrypted, a few public), Aurora clusters with a writer and a reader, and manual snapshots
 * of both kinds (about 2% shared publicly). Every instance, cluster and manual snapshot is one asset.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, resourceName, uuid, type Rng } from '../logs/random.js';
import type { RdsSection } from '../rds.js';
import type { SimDBCluster, SimDBInstance } from './shapes.js';

const ENGINES = ['postgres', 'postgres', 'mysql', 'mariadb', 'sqlserver-se', 'oracle-se2'];
const CLASSES = ['db.t3.medium', 'db.t4g.large', 'db.m6g.large', 'db.r6g.xlarge', 'db.m7g.2xlarge'];
const day = (rng: Rng) => new Date(Date.parse('2022-01-01T00:00:00Z') + Math.floor(rng() * 1700) * 86_400_000);

function instance(rng: Rng, name: string, accountId: string, region: string): SimDBInstance {
  const encrypted = chance(rng, 0.8);
  return {
    DBInstanceIdentifier: name,
    Engine: pick(rng, ENGINES),
    DBInstanceClass: pick(rng, CLASSES),
    MultiAZ: chance(rng, 0.6),
    PubliclyAccessible: chance(rng, 0.05),
    StorageEncrypted: encrypted,
    ...(encrypted ? { KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/${uuid(rng)}` } : {}),
    AutoMinorVersionUpgrade: chance(rng, 0.85),
    DeletionProtection: chance(rng, 0.55),
    BackupRetentionPeriod: pick(rng, [0, 1, 1, 3, 7, 7, 7, 14, 30, 35]),
    AvailabilityZone: `${region}${pick(rng, ['a', 'b', 'c'])}`,
    InstanceCreateTime: day(rng),
    TagList: [{ Key: 'team', Value: name.split('-')[0]! }],
  };
}

export const rdsGenerator: ResourceGenerator = {
  service: 'rds',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const s: Required<RdsSection> = { instances: [], clusters: [], snapshots: [], clusterSnapshots: [] };
    const count = () => s.instances.length + s.clusters.length + s.snapshots.length + s.clusterSnapshots.length;
    for (let i = 0; count() < n; i++) {
      const name = resourceName(rng, i);
      const roll = rng();
      if (roll < 0.1 && n - count() >= 3) {
        // Aurora cluster + writer + reader (3 assets); the reader sits in another AZ unless the cluster is single-AZ.
        const cluster: SimDBCluster = { DBClusterIdentifier: name, Engine: pick(rng, ['aurora-postgresql', 'aurora-mysql']), StorageEncrypted: chance(rng, 0.9), DeletionProtection: chance(rng, 0.6), BackupRetentionPeriod: pick(rng, [1, 7, 14]) };
        s.clusters.push(cluster);
        const az = chance(rng, 0.8) ? ['a', 'b'] : ['a', 'a'];
        for (const [k, suffix] of az.entries())
          s.instances.push({ DBInstanceIdentifier: `${name}-${k}`, DBClusterIdentifier: name, Engine: cluster.Engine, StorageEncrypted: cluster.StorageEncrypted, AvailabilityZone: `${region}${suffix}`, BackupRetentionPeriod: cluster.BackupRetentionPeriod, AutoMinorVersionUpgrade: true });
      } else if (roll < 0.6) {
        s.instances.push(instance(rng, name, accountId, region));
      } else if (roll < 0.9) {
        s.snapshots.push({ DBSnapshotIdentifier: `${name}-snap`, DBInstanceIdentifier: name, Engine: pick(rng, ENGINES), Encrypted: chance(rng, 0.75), SnapshotCreateTime: day(rng), restore: chance(rng, 0.02) ? ['all'] : chance(rng, 0.05) ? ['444455556666'] : [] });
      } else {
        s.clusterSnapshots.push({ DBClusterSnapshotIdentifier: `${name}-csnap`, DBClusterIdentifier: name, StorageEncrypted: chance(rng, 0.85), SnapshotCreateTime: day(rng), restore: chance(rng, 0.02) ? ['all'] : [] });
      }
    }
    return { section: s satisfies RdsSection, assets: count() };
  },
};
