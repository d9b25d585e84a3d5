/**
 * Benchmark estates: an organization of N accounts with `resources` spread over the service generators by
 * weight, each generator's share split evenly over accounts (global generators) or accounts × regions
 * (regional ones). What generators cannot make (one detector per region) goes to the others by weight.
 * Deterministic for a seed: every slot gets its own RNG derived from the seed and its account, region and
 * service.
 */
import type { AccountEstate, Estate } from './estate.js';
import { deepMerge } from './estate-loader.js';
import type { ResourceGenerator } from './generator.js';
import { hashSeed, seededRng } from './rng.js';
import { byWeight, sharesWithShortfallMoved, split } from '../shares.js';
import { defaultGenerators } from './services/index.js';

export interface GenerateOptions {
  accounts: number;
  regions: string[];
  /** About how many resources (assets) in total. */
  resources: number;
  seed?: number;
  latencyMs?: number;
  rateLimits?: boolean;
  generators?: ResourceGenerator[];
  /** Relative weight by generator service key (default 1 each). */
  mix?: Record<string, number>;
}

export interface GeneratedEstate {
  estate: Estate;
  /** Assets the generators say they made: what a complete scan finds. */
  expectedAssets: number;
}

export const MEMBER_ROLE = 'OrganizationAccountAccessRole';

/** Account ids: the management account first. */
export function accountIds(n: number): string[] {
  return Array.from({ length: n }, (_, i) => String(100_000_000_001 + i * 1_001));
}

interface Built {
  placements: Array<{ account: AccountEstate; region: string; section: unknown }>;
  assets: number;
}

/** One generator's sections for `share` resources, split evenly over its slots. */
function buildGenerator(g: ResourceGenerator, gi: number, share: number, accounts: AccountEstate[], regions: string[], seed: number): Built {
  const slots: Array<{ account: AccountEstate; region: string }> = [];
  for (const account of accounts) {
    if (g.scope === 'global') slots.push({ account, region: regions[0] ?? 'us-east-1' });
    else for (const region of regions) slots.push({ account, region });
  }
  const counts = split(share, slots.length);
  const out: Built = { placements: [], assets: 0 };
  slots.forEach(({ account, region }, si) => {
    const n = counts[si] ?? 0;
    if (n <= 0) return;
    const rng = seededRng(hashSeed(`${account.id}/${g.scope === 'global' ? 'global' : region}/${g.service}/${gi}`, seed));
    const { section, assets } = g.build(n, { accountId: account.id, region, rng });
    out.assets += assets;
    out.placements.push({ account, region, section });
  });
  return out;
}

export function generateEstate(opts: GenerateOptions): GeneratedEstate {
  const seed = opts.seed ?? 1;
  const ids = accountIds(Math.max(1, opts.accounts));
  const orgRng = seededRng(hashSeed('organization', seed));
  const orgId = `o-${Array.from({ length: 10 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(orgRng() * 36)]).join('')}`;
  const accounts: AccountEstate[] = ids.map((id, i) => ({
    id,
    name: i === 0 ? 'management' : `member-${String(i).padStart(3, '0')}`,
    email: `aws+${id}@example.com`,
    status: 'ACTIVE',
    regions: [...opts.regions],
    global: {},
    regional: Object.fromEntries(opts.regions.map((r) => [r, {}])),
  }));

  const generators = opts.generators ?? defaultGenerators;
  const weights = generators.map((g) => opts.mix?.[g.service] ?? 1);
  const total = Math.max(0, Math.round(opts.resources));
  const build = (gi: number, share: number): Built => buildGenerator(generators[gi]!, gi, share, accounts, opts.regions, seed);
  const shares = byWeight(total, weights);
  let built = generators.map((_, gi) => build(gi, shares[gi] ?? 0));
  const moved = sharesWithShortfallMoved(shares, built.map((b) => b.assets), weights);
  if (moved) built = built.map((b, gi) => (moved[gi] !== shares[gi] ? build(gi, moved[gi] ?? 0) : b));
  let expectedAssets = 0;
  built.forEach((b, gi) => {
    const g = generators[gi]!;
    expectedAssets += b.assets;
    for (const { account, region, section } of b.placements) {
      if (g.scope === 'global') account.global[g.service] = account.global[g.service] === undefined ? section : deepMerge(account.global[g.service], section);
      else {
        const reg = (account.regional[region] ??= {});
        reg[g.service] = reg[g.service] === undefined ? section : deepMerge(reg[g.service], section);
      }
    }
  });

  const estate: Estate = {
    organization: { id: orgId, managementAccountId: ids[0]!, memberRoleName: MEMBER_ROLE },
    accounts,
    settings: { ...(opts.latencyMs !== undefined ? { latencyMs: opts.latencyMs } : {}), ...(opts.rateLimits !== undefined ? { rateLimits: opts.rateLimits } : {}) },
  };
  return { estate, expectedAssets };
}
