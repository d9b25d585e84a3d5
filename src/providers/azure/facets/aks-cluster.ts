import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * AKS cluster facets. Control-plane audit logs are exported by a diagnostic setting on the cluster, not part
 * of the cluster resource: `auditLogging` is left out.
 */
interface ManagedCluster {
  kubernetesVersion?: string;
  apiServerAccessProfile?: { enablePrivateCluster?: boolean; authorizedIPRanges?: string[] };
  securityProfile?: { azureKeyVaultKms?: { enabled?: boolean } };
}

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export function aksClusterFacets(asset: Asset): Asset {
  const cluster = (a: Asset) => aspectFor<ManagedCluster>(a, 'cluster');
  return deriveFacets(asset, 'container.cluster', {
    publicEndpoint: (a) => {
      const p = cluster(a).apiServerAccessProfile;
      if (p?.enablePrivateCluster) return false;
      const ranges = p?.authorizedIPRanges ?? [];
      return ranges.length === 0 || ranges.some((r) => OPEN.has(r));
    },
    secretsEncrypted: (a) => cluster(a).securityProfile?.azureKeyVaultKms?.enabled === true,
    version: (a) => cluster(a).kubernetesVersion,
  });
}
