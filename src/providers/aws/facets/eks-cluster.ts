import type { Cluster } from '@aws-sdk/client-eks';
import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

const OPEN = new Set(['0.0.0.0/0', '::/0']);

/** EKS cluster facets: a public endpoint counts as public when its CIDR allow-list admits the whole internet. */
export function eksClusterFacets(asset: Asset): Asset {
  const cluster = (a: Asset) => aspectFor<Cluster>(a, 'cluster');
  return deriveFacets(asset, 'container.cluster', {
    publicEndpoint: (a) => {
      const v = cluster(a).resourcesVpcConfig;
      return v?.endpointPublicAccess !== false && (v?.publicAccessCidrs ?? ['0.0.0.0/0']).some((c) => OPEN.has(c));
    },
    auditLogging: (a) => (cluster(a).logging?.clusterLogging ?? []).some((l) => l.enabled === true && (l.types ?? []).includes('audit')),
    secretsEncrypted: (a) => (cluster(a).encryptionConfig ?? []).some((e) => (e.resources ?? []).includes('secrets') && Boolean(e.provider?.keyArn)),
    version: (a) => cluster(a).version,
  });
}
