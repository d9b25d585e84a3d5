/**
 * Benchmark GuardDuty detectors for one account and region: one detector at most (GuardDuty allows one
 * per account and region), missing in about 15% of regions and suspended in 5%.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance } from '../logs/random.js';
import type { GuardDutySection } from '../guardduty.js';

export const guarddutyGenerator: ResourceGenerator = {
  service: 'guardduty',
  scope: 'regional',
  build(n, { rng }) {
    if (n < 1 || chance(rng, 0.15)) return { section: { detectors: [] } satisfies GuardDutySection, assets: 0 };
    const DetectorId = Array.from({ length: 32 }, () => Math.floor(rng() * 16).toString(16)).join('');
    return { section: { detectors: [{ DetectorId, Status: chance(rng, 0.05) ? 'DISABLED' : 'ENABLED' }] } satisfies GuardDutySection, assets: 1 };
  },
};
