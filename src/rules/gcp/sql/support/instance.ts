/** Reading a Cloud SQL instance (sqladmin.instances.list item) for rules. */
import type { sqladmin_v1 } from 'googleapis/build/src/apis/sqladmin/v1.js';
import type { Asset } from '../../../../core/asset.js';
import { MissingData, need } from '../../../../core/rule.js';

export type SqlInstance = sqladmin_v1.Schema$DatabaseInstance;
export type Engine = 'MYSQL' | 'POSTGRES' | 'SQLSERVER';

export const ENGINE_NAMES: Record<Engine, string> = { MYSQL: 'MySQL', POSTGRES: 'PostgreSQL', SQLSERVER: 'SQL Server' };

/** The instance aspect, with its engine (`databaseVersion` such as `POSTGRES_15`); no version means unknown. */
export function sqlInstance(asset: Asset): { instance: SqlInstance; engine: string } {
  const instance = need<SqlInstance>(asset, 'instance');
  const version = instance?.databaseVersion;
  if (!version) throw new MissingData('the instance has no databaseVersion', [{ path: 'config.instance.databaseVersion', observed: null, expected: 'an engine version' }]);
  return { instance, engine: version.split('_')[0] ?? version };
}

/** Read replicas inherit backups and IP settings from their primary; CIS excludes them there. */
export const isReplica = (i: SqlInstance): boolean => i.instanceType === 'READ_REPLICA_INSTANCE';
