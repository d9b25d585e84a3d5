/**
 * Benchmark estates for Azure: N subscriptions under one management group, with `resources` spread
 * evenly over the registered services that can generate (what a service cannot make goes to the others),
 * then over subscriptions. Each service's share per subscription gets its own RNG derived from the seed,
 * so an estate is the same for a seed.
 * Each subscription also counts one asset: the driver's subscription asset.
 */
import type { Estate } from '../aws/estate.js';
import { hashSeed, seededRng } from '../aws/rng.js';
import { sharesWithShortfallMoved, split } from '../shares.js';
import type { AzureSubscriptionEstate } from './estate.js';
import type { AzureSimService } from './service.js';
import { azureSimServices } from './services/index.js';

export interface AzureGenerateOptions {
  subscriptions: number;
  /** About how many resources (assets) in total, subscription assets included. */
  resources: number;
  seed?: number;
  latencyMs?: number;
  rateLimits?: boolean;
  locations?: string[];
  services?: AzureSimService[];
}

export interface GeneratedAzureEstate {
  estate: Estate;
  /** Assets a complete scan finds (generated resources plus one subscription asset each). */
  expectedAssets: number;
}

export const BENCH_TENANT = '7a1e0000-0000-4000-8000-00000000be00';
export const BENCH_CLIENT = { clientId: '0a9e7000-0000-4000-8000-00000000be01', clientSecret: 'parapet-bench-secret' };

export function benchSubscriptionId(i: number): string {
  return `5b1f0000-0000-4000-8000-${(0xbe0000 + i).toString(16).padStart(12, '0')}`;
}

export function generateAzureEstate(opts: AzureGenerateOptions): GeneratedAzureEstate {
  const seed = opts.seed ?? 1;
  const locations = opts.locations ?? ['westeurope', 'eastus', 'northeurope'];
  const services = (opts.services ?? azureSimServices).filter((s) => s.generate);
  const asked = Math.max(0, opts.resources - opts.subscriptions);
  const build = (shares: number[]) => {
    const subs: AzureSubscriptionEstate[] = Array.from({ length: opts.subscriptions }, (_, i) => ({ subscriptionId: benchSubscriptionId(i), displayName: `bench-${i}`, resources: {} }));
    const made = services.map((svc, si) =>
      split(shares[si] ?? 0, subs.length).reduce((n, count, i) => {
        const sub = subs[i]!;
        return count > 0 ? n + svc.generate!(sub, count, seededRng(hashSeed(`${sub.subscriptionId}/${svc.name}`, seed)), locations) : n;
      }, 0),
    );
    return { subs, made, expected: subs.length + made.reduce((a, b) => a + b, 0) };
  };
  const shares = split(asked, Math.max(1, services.length));
  let built = build(shares);
  const moved = sharesWithShortfallMoved(shares, built.made, services.map(() => 1));
  if (moved) built = build(moved);
  const { subs, expected } = built;
  return {
    estate: {
      accounts: [],
      azure: {
        tenantId: BENCH_TENANT,
        clients: [BENCH_CLIENT],
        managementGroups: [{ id: 'mg-bench', displayName: 'Benchmark', subscriptions: subs.map((s) => s.subscriptionId) }],
        subscriptions: subs,
      },
      settings: { ...(opts.latencyMs !== undefined ? { latencyMs: opts.latencyMs } : {}), ...(opts.rateLimits !== undefined ? { rateLimits: opts.rateLimits } : {}) },
    },
    expectedAssets: expected,
  };
}
