/**
 * Benchmark Access Analyzer analyzers for one account and region. AWS allows one external access
 * analyzer with the account as zone of trust per region, so a region has at most a few: about 20% of
 * regions have none (never enabled outside the home region), 5% have one that failed (its service-linked
 * role could not be created), and some also run an unused access analyzer, which does not count as
 * external access analysis.
 */
import type { ResourceGenerator } from '../../generator.js';
import type { AccessAnalyzerSection, SimAnalyzer } from '../accessanalyzer.js';
import { chance } from '../logs/random.js';

export const accessAnalyzerGenerator: ResourceGenerator = {
  service: 'access-analyzer',
  scope: 'regional',
  build(n, { rng }) {
    const analyzers: SimAnalyzer[] = [];
    if (n >= 1 && !chance(rng, 0.2)) {
      const failed = chance(rng, 0.05);
      analyzers.push({
        name: 'ExternalAccess-ConsoleAnalyzer',
        type: 'ACCOUNT',
        status: failed ? 'FAILED' : 'ACTIVE',
        ...(failed ? { statusReason: { code: 'SERVICE_LINKED_ROLE_CREATION_FAILED' } } : {}),
      });
    }
    if (n >= 2 && chance(rng, 0.3)) analyzers.push({ name: 'UnusedAccess-ConsoleAnalyzer', type: 'ACCOUNT_UNUSED_ACCESS', configuration: { unusedAccess: { unusedAccessAge: 90 } } });
    return { section: { analyzers } satisfies AccessAnalyzerSection, assets: analyzers.length };
  },
};
