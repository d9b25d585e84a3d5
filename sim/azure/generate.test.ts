import { describe, expect, it } from 'vitest';
import { azureCollectors } from '../../src/providers/azure/services/index.js';
import { scanAzureWith } from '../../test/support/azure.js';
import { generateAzureEstate } from './generate.js';
import { startAzureSimulator } from './server.js';
import { computeService } from './services/compute.js';
import { networkService } from './services/network.js';
import { storageService } from './services/storage.js';

describe('generateAzureEstate', () => {
  it('is deterministic for a seed and makes what it says', () => {
    const a = generateAzureEstate({ subscriptions: 3, resources: 300, seed: 7 });
    const b = generateAzureEstate({ subscriptions: 3, resources: 300, seed: 7 });
    expect(a).toEqual(b);
    expect(a.estate.azure!.subscriptions).toHaveLength(3);
    // Services make whole resources (an account with its containers), so the total is about what was asked.
    expect(Math.abs(a.expectedAssets - 300)).toBeLessThanOrEqual(30);
    expect(generateAzureEstate({ subscriptions: 3, resources: 300, seed: 8 })).not.toEqual(a);
  });

  it('comes close to the asked size though some services make only a few per subscription', () => {
    // Defender plans, diagnostic settings and the like are capped per subscription: their share goes to the others.
    const { expectedAssets } = generateAzureEstate({ subscriptions: 10, resources: 5000, seed: 42 });
    expect(Math.abs(expectedAssets - 5000)).toBeLessThanOrEqual(50);
  });

  it('a complete scan of the generated estate finds every expected asset', async () => {
    // Only the services this file's collectors cover, so the count is theirs.
    const { estate, expectedAssets } = generateAzureEstate({ subscriptions: 2, resources: 240, seed: 3, services: [storageService, networkService, computeService] });
    const sim = await startAzureSimulator({ estate });
    try {
      const out = await scanAzureWith(sim, azureCollectors.filter((c) => ['storage', 'network', 'compute'].includes(c.service)));
      expect(out.errors).toEqual([]);
      expect(out.assets.length + out.subscriptions.length).toBe(expectedAssets);
    } finally {
      await sim.close();
    }
  });
});
