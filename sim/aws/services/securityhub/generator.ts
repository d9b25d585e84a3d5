/**
 * Benchmark Security Hub state for one account and region. The collector makes one asset per region
 * whether or not Security Hub is on, so every slot counts one; about 25% of regions are not subscribed
 * (Security Hub enabled only in the home region, or never), and some hubs predate consolidated findings.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance } from '../logs/random.js';
import type { SecurityHubSection } from '../securityhub.js';

export const securityHubGenerator: ResourceGenerator = {
  service: 'securityhub',
  scope: 'regional',
  build(n, { rng }) {
    if (n < 1) return { section: {}, assets: 0 };
    if (chance(rng, 0.25)) return { section: { hub: null } satisfies SecurityHubSection, assets: 1 };
    const legacy = chance(rng, 0.2);
    const hub = legacy
      ? { SubscribedAt: '2020-09-02T11:04:12.000Z', AutoEnableControls: false, ControlFindingGenerator: 'STANDARD_CONTROL' as const }
      : { SubscribedAt: new Date(Date.UTC(2023, 0, 1) + Math.floor(rng() * 900) * 86_400_000).toISOString() };
    return { section: { hub } satisfies SecurityHubSection, assets: 1 };
  },
};
