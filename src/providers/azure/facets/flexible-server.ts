import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';
import { isInternetRange, type IpRangeRule } from './firewall-rules.js';

/**
 * PostgreSQL and MySQL flexible server facets. Storage is always encrypted; TLS enforcement is the
 * `require_secure_transport` server parameter (absent from the listing: not determined).
 */
interface FlexibleServer {
  network?: { publicNetworkAccess?: string };
  dataEncryption?: { type?: string };
  backup?: { backupRetentionDays?: number };
}

const server = (a: Asset) => aspectFor<FlexibleServer>(a, 'server');

export function flexibleServerFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'database.instance', {
    engine: (a) => (a.type.startsWith('Microsoft.DBforMySQL') ? 'mysql' : 'postgres'),
    publicEndpoint: (a) => server(a).network?.publicNetworkAccess !== 'Disabled' && (aspectFor<IpRangeRule[] | null>(a, 'firewallRules') ?? []).some(isInternetRange),
    encryptedAtRest: (a) => (server(a), true),
    customerManagedKey: (a) => server(a).dataEncryption?.type === 'AzureKeyVault',
    tlsRequired: (a) => {
      const param = (aspectFor<Array<{ name?: string; value?: string }> | null>(a, 'configurations') ?? []).find((c) => c.name === 'require_secure_transport');
      return param ? param.value?.toLowerCase() === 'on' : undefined;
    },
    automatedBackups: (a) => (server(a), true),
    backupRetentionDays: (a) => server(a).backup?.backupRetentionDays ?? 7,
  });
}
