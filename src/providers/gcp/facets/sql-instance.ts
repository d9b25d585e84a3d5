import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * Cloud SQL instance facets. Public = a public IPv4 address with an authorized network of 0.0.0.0/0.
 * Retained backups are daily, so their count is the retention in days.
 */
interface SqlInstance {
  databaseVersion?: string;
  diskEncryptionConfiguration?: { kmsKeyName?: string };
  settings?: {
    ipConfiguration?: { ipv4Enabled?: boolean; authorizedNetworks?: Array<{ value?: string }>; requireSsl?: boolean; sslMode?: string };
    backupConfiguration?: { enabled?: boolean; backupRetentionSettings?: { retainedBackups?: number } };
  };
}

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export function sqlInstanceFacets(asset: Asset): Asset {
  const inst = (a: Asset) => aspectFor<SqlInstance>(a, 'instance');
  const ip = (a: Asset) => inst(a).settings?.ipConfiguration;
  return deriveFacets(asset, 'database.instance', {
    engine: (a) => (inst(a).databaseVersion ?? 'unknown').toLowerCase(),
    publicEndpoint: (a) => ip(a)?.ipv4Enabled === true && (ip(a)?.authorizedNetworks ?? []).some((n) => OPEN.has(n.value ?? '')),
    encryptedAtRest: (a) => (inst(a), true),
    customerManagedKey: (a) => Boolean(inst(a).diskEncryptionConfiguration?.kmsKeyName),
    // sslMode supersedes requireSsl when set.
    tlsRequired: (a) => {
      const c = ip(a);
      return c?.sslMode ? c.sslMode !== 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' : c?.requireSsl === true;
    },
    automatedBackups: (a) => inst(a).settings?.backupConfiguration?.enabled === true,
    backupRetentionDays: (a) => {
      const b = inst(a).settings?.backupConfiguration;
      return b?.enabled ? (b.backupRetentionSettings?.retainedBackups ?? 7) : 0;
    },
  });
}
