import { describe, expect, it } from 'vitest';
import { fileSystemsCollector } from '../../../../src/providers/aws/services/efs/file-systems.js';
import { scanWith } from '../../../../test/support/aws.js';
import { generateEstate } from '../../generate.js';
import { seededRng } from '../../rng.js';
import { startSimulator } from '../../server.js';
import type { EfsSection } from '../efs.js';
import { efsGenerator } from './generator.js';

const build = (n: number, seed = 7) => efsGenerator.build(n, { accountId: '123456789012', region: 'us-east-1', rng: seededRng(seed) }) as { section: EfsSection; assets: number };

describe('EFS benchmark generator', () => {
  it('is deterministic for a seed and makes the number asked for', () => {
    expect(JSON.stringify(build(300))).toBe(JSON.stringify(build(300)));
    expect(JSON.stringify(build(300, 8))).not.toBe(JSON.stringify(build(300)));
    const { section, assets } = build(300);
    expect(assets).toBe(300);
    expect(new Set(section.fileSystems?.map((f) => f.FileSystemId)).size).toBe(300);
  });

  it('leaves a realistic share unencrypted', () => {
    const fss = build(2000).section.fileSystems ?? [];
    const plain = fss.filter((f) => !f.Encrypted).length / fss.length;
    expect(plain).toBeGreaterThan(0.08);
    expect(plain).toBeLessThan(0.25);
    expect(fss.some((f) => f.Encrypted && f.KmsKeyId)).toBe(true);
    expect(fss.some((f) => f.Encrypted && !f.KmsKeyId)).toBe(true);
  });

  it('a generated estate yields exactly the assets the generator counted', async () => {
    const { estate, expectedAssets } = generateEstate({ accounts: 1, regions: ['us-east-1'], resources: 240, generators: [efsGenerator] });
    const sim = await startSimulator({ estate });
    try {
      const out = await scanWith(sim, [fileSystemsCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(expectedAssets);
      expect(expectedAssets).toBe(240);
    } finally {
      await sim.close();
    }
  });
});
