/**
 * Benchmark EFS file systems for one account and region: `n` file systems, about 15% unencrypted (made
 * through the API or old templates, where encryption is off unless asked for), the encrypted ones split
 * between a customer managed key and the AWS managed key.
 */
import type { ResourceGenerator } from '../../generator.js';
import type { EfsSection, SimFileSystem } from '../efs.js';
import { chance, pick, resourceName } from '../logs/random.js';

const hex = (rng: () => number, n: number) => Array.from({ length: n }, () => Math.floor(rng() * 16).toString(16)).join('');

export const efsGenerator: ResourceGenerator = {
  service: 'elasticfilesystem',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const fileSystems: SimFileSystem[] = [];
    for (let i = 0; i < n; i++) {
      const encrypted = !chance(rng, 0.15);
      const customerKey = encrypted && chance(rng, 0.5);
      const throughput = pick(rng, ['bursting', 'elastic', 'provisioned'] as const);
      fileSystems.push({
        FileSystemId: `fs-${hex(rng, 17)}`,
        CreationTime: new Date(Date.UTC(2021, 0, 1) + Math.floor(rng() * 1_800) * 86_400_000),
        Encrypted: encrypted,
        ...(customerKey ? { KmsKeyId: `arn:aws:kms:${region}:${accountId}:key/${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-8${hex(rng, 3)}-${hex(rng, 12)}` } : {}),
        PerformanceMode: chance(rng, 0.9) ? 'generalPurpose' : 'maxIO',
        ThroughputMode: throughput,
        ...(throughput === 'provisioned' ? { ProvisionedThroughputInMibps: pick(rng, [64, 128, 256]) } : {}),
        Tags: [{ Key: 'Name', Value: resourceName(rng, i) }],
      });
    }
    return { section: { fileSystems } satisfies EfsSection, assets: n };
  },
};
