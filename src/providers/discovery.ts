import type { Asset, CollectionError, Provider } from '../core/asset.js';
import type { CoverageEntry } from '../store/store.js';

/**
 * The contract between a provider's discovery and the engine. Every provider (AWS, Azure, GCP) streams
 * scope, assets, coverage and errors into a sink and returns what it covered; the engine stores them.
 */

/** API calls made, retried and failed. */
export interface CallStats {
  calls: number;
  retries: number;
  failures: number;
  /** Retries by error code, to tell throttling from flaky networks. */
  retryCodes: Record<string, number>;
}

export type DiscoveryEvent =
  /** Accounts (AWS accounts, Azure subscriptions, GCP projects) in scope. */
  | { type: 'accounts'; accounts: string[]; provider?: Provider }
  | { type: 'account-start'; account: string; regions: string[] }
  | { type: 'account-done'; account: string }
  | { type: 'collector-start'; account: string; region: string; collector: string }
  | { type: 'collector-done'; account: string; region: string; collector: string; resources: number; ok: boolean }
  | { type: 'resources'; count: number }
  /** API calls and retries since the last such event (sent about once a second). */
  | { type: 'calls'; count: number; retries: number };

export interface DiscoverySink {
  scope(entries: Array<{ provider: Provider; account: string; region: string }>): Promise<void>;
  assets(batch: Asset[]): Promise<void>;
  coverage(entries: CoverageEntry[]): Promise<void>;
  error(e: CollectionError): void;
  event(e: DiscoveryEvent): void;
}

export interface DiscoveryResult {
  /** The identity the scan ran as, per provider: caller account, tenant, or service account. */
  callerAccount: string;
  accounts: string[];
  stats: CallStats;
  resources: number;
  /** Worker threads the accounts were split over; absent when the scan ran in the caller's thread. */
  workers?: number;
  /** One entry per provider when several were scanned (`scan all`, `demo`). */
  providers?: Array<{ provider: Provider } & Omit<DiscoveryResult, 'providers'>>;
}

export type Discover = (sink: DiscoverySink) => Promise<DiscoveryResult>;

/**
 * One collector run's assets on their way to the sink: written every `size` assets, or as soon as the oldest
 * one waiting has waited `maxAgeMs`. A collector paced by rate limits hydrates slowly, and hundreds run at
 * once; without the age limit each would hold its whole listing until it ends, and the scan would hold much
 * of the estate in memory.
 */
export class AssetBatcher {
  /** Assets added so far. */
  count = 0;
  private batch: Asset[] = [];
  private since = 0;

  constructor(
    private readonly sink: DiscoverySink,
    private readonly size = 250,
    private readonly maxAgeMs = 250,
  ) {}

  async add(asset: Asset): Promise<void> {
    if (this.batch.length === 0) this.since = performance.now();
    this.batch.push(asset);
    this.count++;
    if (this.batch.length >= this.size || performance.now() - this.since >= this.maxAgeMs) await this.flush();
  }

  /** Writes what is waiting (the end of a run, or before its coverage is recorded). */
  async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const b = this.batch;
    this.batch = [];
    await this.sink.assets(b);
    this.sink.event({ type: 'resources', count: b.length });
  }
}

export function emptyStats(): CallStats {
  return { calls: 0, retries: 0, failures: 0, retryCodes: {} };
}

/**
 * Runs several providers' discoveries one after the other into the same sink and merges their results.
 * One after the other, not at once: each provider paces itself to its own rate limits, and running them
 * in turn keeps peak memory that of the largest, not the sum. A provider that cannot start (no
 * credentials, endpoint unreachable) is recorded as an error naming it and the others go on; only when
 * every provider failed does the scan fail.
 */
export function discoverInTurn(parts: Array<{ provider: Provider; discover: Discover }>): Discover {
  return async (sink) => {
    const results: NonNullable<DiscoveryResult['providers']> = [];
    const failures: unknown[] = [];
    for (const p of parts) {
      try {
        const r = await p.discover(sink);
        results.push({ provider: p.provider, callerAccount: r.callerAccount, accounts: r.accounts, stats: r.stats, resources: r.resources, ...(r.workers ? { workers: r.workers } : {}) });
      } catch (e) {
        if (parts.length === 1) throw e;
        failures.push(e);
        sink.error({ provider: p.provider, account: '-', region: 'global', service: 'discovery', operation: 'ResolveScope', code: 'DiscoveryFailed', message: e instanceof Error ? e.message : String(e) });
      }
    }
    if (results.length === 0) throw failures[0];
    const stats = emptyStats();
    for (const r of results) {
      stats.calls += r.stats.calls;
      stats.retries += r.stats.retries;
      stats.failures += r.stats.failures;
      for (const [k, v] of Object.entries(r.stats.retryCodes)) stats.retryCodes[k] = (stats.retryCodes[k] ?? 0) + v;
    }
    return {
      callerAccount: results.map((r) => r.callerAccount).join(', '),
      accounts: results.flatMap((r) => r.accounts),
      stats,
      resources: results.reduce((n, r) => n + r.resources, 0),
      providers: results,
    };
  };
}

/** What a collector says of a new asset; the runtime fills the rest (`apiAsset`). */
export interface AssetInit {
  id: string;
  type: string;
  kind: string;
  name: string;
  region?: string;
  tags?: Record<string, string>;
}

/** A new asset observed through a provider's API, with empty configuration: every runtime's `ctx.asset`. */
export function apiAsset(provider: Provider, account: string, defaultRegion: string, init: AssetInit, observedAt: string): Asset {
  return {
    id: init.id,
    provider,
    account,
    region: init.region ?? defaultRegion,
    type: init.type,
    kind: init.kind,
    name: init.name,
    tags: init.tags ?? {},
    facets: {},
    config: {},
    gaps: {},
    source: { type: 'api' },
    observedAt,
  };
}
