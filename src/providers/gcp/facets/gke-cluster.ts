import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * GKE cluster facets. The control plane is public unless its endpoint is private, or authorized networks
 * are on without 0.0.0.0/0. Audit logging: Cloud Logging enabled for the cluster (loggingService not none).
 */
interface Cluster {
  currentMasterVersion?: string;
  privateClusterConfig?: { enablePrivateEndpoint?: boolean };
  masterAuthorizedNetworksConfig?: { enabled?: boolean; cidrBlocks?: Array<{ cidrBlock?: string }> };
  loggingService?: string;
  databaseEncryption?: { state?: string; keyName?: string };
}

const OPEN = new Set(['0.0.0.0/0', '::/0']);

export function gkeClusterFacets(asset: Asset): Asset {
  const cluster = (a: Asset) => aspectFor<Cluster>(a, 'cluster');
  return deriveFacets(asset, 'container.cluster', {
    publicEndpoint: (a) => {
      const c = cluster(a);
      if (c.privateClusterConfig?.enablePrivateEndpoint) return false;
      const n = c.masterAuthorizedNetworksConfig;
      return !n?.enabled || (n.cidrBlocks ?? []).some((b) => OPEN.has(b.cidrBlock ?? ''));
    },
    auditLogging: (a) => (cluster(a).loggingService ?? 'logging.googleapis.com/kubernetes') !== 'none',
    secretsEncrypted: (a) => cluster(a).databaseEncryption?.state === 'ENCRYPTED' && Boolean(cluster(a).databaseEncryption?.keyName),
    version: (a) => cluster(a).currentMasterVersion,
  });
}
