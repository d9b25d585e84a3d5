import type { Asset } from '../../../../core/asset.js';
import { deniedGap, gcpAsset } from '../../../../../test/support/gcp-assets.js';
import { GCP } from '../../support/types.js';
import type { SqlInstance } from './instance.js';

/** A Cloud SQL instance asset as the collector builds it from instances.list. */
export function sqlAsset(instance: SqlInstance): Asset {
  return gcpAsset({ type: GCP.sqlInstance, kind: 'database.instance', region: 'europe-west1', name: instance.name ?? 'db', config: { instance: { name: 'db', ...instance } } });
}

/** An instance with these flags (`undefined` value: the flag is not in the list; no flags: the list is absent). */
export function withFlags(databaseVersion: string, flags: Record<string, string> = {}): Asset {
  const list = Object.entries(flags).map(([name, value]) => ({ name, value }));
  return sqlAsset({ databaseVersion, settings: list.length ? { databaseFlags: list } : {} });
}

/** The listing itself failed: the instance aspect is a gap. */
export function deniedSql(): Asset {
  return gcpAsset({ type: GCP.sqlInstance, kind: 'database.instance', region: 'europe-west1', gaps: { instance: deniedGap('sqladmin', 'sql.instances.list', 'PERMISSION_DENIED', 'europe-west1') } });
}
