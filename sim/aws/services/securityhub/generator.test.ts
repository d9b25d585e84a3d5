import { describe, expect, it } from 'vitest';
import { hubCollector } from '../../../../src/providers/aws/services/securityhub/hub.js';
import { scanWith } from '../../../../test/support/aws.js';
import { generateEstate } from '../../generate.js';
import { seededRng } from '../../rng.js';
import { startSimulator } from '../../server.js';
import type { SecurityHubSection } from '../securityhub.js';
import { securityHubGenerator } from './generator.js';

const build = (seed: number) => securityHubGenerator.build(5, { accountId: '123456789012', region: 'us-east-1', rng: seededRng(seed) }) as { section: SecurityHubSection; assets: number };

describe('Security Hub benchmark generator', () => {
  it('makes one hub state per region, about a quarter not subscribed', () => {
    expect(JSON.stringify(build(3))).toBe(JSON.stringify(build(3)));
    const regions = Array.from({ length: 400 }, (_, i) => build(i));
    expect(regions.every((r) => r.assets === 1)).toBe(true);
    const off = regions.filter((r) => !r.section.hub).length / regions.length;
    expect(off).toBeGreaterThan(0.15);
    expect(off).toBeLessThan(0.35);
  });

  it('a generated estate yields one hub asset per region, enabled or not', async () => {
    const { estate, expectedAssets } = generateEstate({ accounts: 1, regions: ['us-east-1', 'eu-west-1', 'ap-southeast-2'], resources: 3, generators: [securityHubGenerator], seed: 4 });
    const sim = await startSimulator({ estate });
    try {
      let collected = 0;
      for (const region of ['us-east-1', 'eu-west-1', 'ap-southeast-2']) {
        const out = await scanWith(sim, [hubCollector], { region });
        expect(out.errors).toEqual([]);
        collected += out.assets.length;
      }
      expect(collected).toBe(expectedAssets);
      expect(expectedAssets).toBe(3);
    } finally {
      await sim.close();
    }
  });
});
