import type { DBInstance } from '@aws-sdk/client-rds';
import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * RDS instance facets. TLS enforcement lives in the parameter group (rds.force_ssl / require_secure_transport),
 * which is not collected, so `tlsRequired` is left out (rules say not_applicable, not pass).
 */
export function rdsInstanceFacets(asset: Asset): Asset {
  const db = (a: Asset) => aspectFor<DBInstance>(a, 'instance');
  return deriveFacets(asset, 'database.instance', {
    engine: (a) => db(a).Engine ?? 'unknown',
    publicEndpoint: (a) => db(a).PubliclyAccessible === true,
    encryptedAtRest: (a) => db(a).StorageEncrypted === true,
    automatedBackups: (a) => (db(a).BackupRetentionPeriod ?? 0) > 0,
    backupRetentionDays: (a) => db(a).BackupRetentionPeriod ?? 0,
    auditLogging: (a) => (db(a).EnabledCloudwatchLogsExports ?? []).some((l) => l === 'audit' || l === 'postgresql'),
  });
}
