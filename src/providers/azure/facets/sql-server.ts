import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';
import { isInternetRange, type IpRangeRule } from './firewall-rules.js';

/**
 * Azure SQL logical server facets. Transparent data encryption is per database (the database assets), so
 * `encryptedAtRest` is left out here; Azure SQL refuses unencrypted connections, so TLS is always required;
 * backups are automatic and their retention is set per database, so `backupRetentionDays` is left out.
 */
interface Server {
  publicNetworkAccess?: string;
}

export function sqlServerFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'database.instance', {
    engine: () => 'sqlserver',
    publicEndpoint: (a) => aspectFor<Server>(a, 'server').publicNetworkAccess !== 'Disabled' && (aspectFor<IpRangeRule[] | null>(a, 'firewallRules') ?? []).some(isInternetRange),
    customerManagedKey: (a) => aspectFor<{ serverKeyType?: string } | null>(a, 'encryptionProtector')?.serverKeyType === 'AzureKeyVault',
    tlsRequired: (a) => (aspectFor<Server>(a, 'server'), true),
    automatedBackups: (a) => (aspectFor<Server>(a, 'server'), true),
    auditLogging: (a) => aspectFor<{ state?: string } | null>(a, 'auditing')?.state === 'Enabled',
  });
}
