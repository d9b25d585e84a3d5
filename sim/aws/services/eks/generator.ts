/**
 * Benchmark EKS clusters for one account and region. Versions spread over the last few minor releases
 * (some in extended or no support), about half keep the default public endpoint open to 0.0.0.0/0, a
 * quarter restrict it to office CIDRs, the rest are private; audit logging and KMS envelope encryption of
 * secrets are each on for a bit over half.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, resourceName, uuid } from '../logs/random.js';
import type { EksClusterEntry, EksSection } from '../eks.js';

const VERSIONS = ['1.29', '1.31', '1.32', '1.33', '1.34', '1.34', '1.35', '1.35'] as const;

function buildCluster(rng: () => number, accountId: string, region: string, i: number): EksClusterEntry {
  const name = resourceName(rng, i);
  const r = rng();
  const resourcesVpcConfig =
    r < 0.5 ? { endpointPublicAccess: true, endpointPrivateAccess: chance(rng, 0.5), publicAccessCidrs: ['0.0.0.0/0'] }
    : r < 0.75 ? { endpointPublicAccess: true, endpointPrivateAccess: true, publicAccessCidrs: ['203.0.113.0/24', '198.51.100.10/32'] }
    : { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] };
  const audit = chance(rng, 0.55);
  return {
    name,
    version: pick(rng, VERSIONS),
    createdAt: new Date(Date.parse('2023-01-01T00:00:00Z') + Math.floor(rng() * 1200) * 86_400_000),
    resourcesVpcConfig,
    logging: {
      clusterLogging: audit
        ? [{ types: ['api', 'audit', 'authenticator'], enabled: true }, { types: ['controllerManager', 'scheduler'], enabled: false }]
        : [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: false }],
    },
    ...(chance(rng, 0.6) ? { encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${region}:${accountId}:key/${uuid(rng)}` } }] } : {}),
    tags: { team: name.split('-')[0] ?? 'platform' },
  };
}

export const eksGenerator: ResourceGenerator = {
  service: 'eks',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const clusters = Array.from({ length: n }, (_, i) => buildCluster(rng, accountId, region, i));
    return { section: { clusters } satisfies EksSection, assets: clusters.length };
  },
};
