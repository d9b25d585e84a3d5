import type { DBCluster, DBInstance } from '@aws-sdk/client-rds';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

/** The DescribeDBInstances entry the collector stored under `instance` (MissingData when absent). */
export function dbInstance(asset: Asset): DBInstance {
  return need<DBInstance>(asset, 'instance');
}

/** The DescribeDBClusters entry the collector stored under `cluster` (MissingData when absent). */
export function dbCluster(asset: Asset): DBCluster {
  return need<DBCluster>(asset, 'cluster');
}

/**
 * Instances that belong to a DB cluster (Aurora, Multi-AZ DB clusters, Neptune, DocumentDB) take their
 * availability, backup retention and deletion protection from the cluster, so instance-level controls
 * on those settings do not apply to them (AWS Security Hub excludes them the same way).
 */
export function clusterOf(instance: DBInstance): string | undefined {
  return instance.DBClusterIdentifier || undefined;
}
