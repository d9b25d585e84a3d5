import { setTimeout as sleep } from 'node:timers/promises';
import { apiAsset } from '../../discovery.js';
import type { Asset, CollectionError } from '../../../core/asset.js';
import { sourceOf } from '../../../core/provenance.js';
import { AspectSources } from '../../aspect-sources.js';
import type { AwsCollectContext, CallOptions, CallResult } from '../collector.js';
import { ListingFailed } from '../collector.js';
import type { ClientFactory } from './clients.js';
import { classify } from './errors.js';
import type { CallGate, SharedLimiter } from './limiter.js';

export interface RetryPolicy {
  /** Attempts for throttled calls (they are paced, so recovery is expected). */
  throttleAttempts: number;
  /** Attempts for 5xx, network errors and timeouts. */
  transientAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = { throttleAttempts: 10, transientAttempts: 4, baseDelayMs: 100, maxDelayMs: 10_000 };

export type { CallStats } from '../../discovery.js';
import type { CallStats } from '../../discovery.js';

export interface ContextDeps {
  partition: string;
  account: string;
  region: string;
  /** Signing name of the collector's main service. */
  service: string;
  clients: ClientFactory;
  limiter: SharedLimiter;
  /** Cap on this thread's calls in flight; none when absent. */
  gate?: CallGate;
  retry: RetryPolicy;
  signal: AbortSignal;
  stats: CallStats;
  onError(e: CollectionError): void;
  onResources(n: number): void;
  now?: () => Date;
}

/** A collector's context, plus `complete` for the driver: sources for aspects set without `aspect()`. */
export type AwsRunContext = AwsCollectContext & { complete(asset: Asset): Asset };

export function createCollectContext(deps: ContextDeps): AwsRunContext {
  const observedAt = (deps.now?.() ?? new Date()).toISOString();
  const sources = new AspectSources();

  async function call<T>(operation: string, fn: () => Promise<T>, opts: CallOptions & { region?: string } = {}): Promise<CallResult<T | null>> {
    const service = opts.service ?? deps.service;
    const region = opts.region ?? deps.region;
    const bucket = deps.limiter.bucketFor(deps.account, region, service, operation, opts.paginated ?? false);
    const source = sourceOf({ provider: 'aws', service, operation });
    sources.began(source);
    let attempt = 0;
    for (;;) {
      attempt++;
      if (deps.signal.aborted) return fail('Aborted', 'scan aborted');
      const release = await bucket.acquire();
      const wait = deps.gate?.enter();
      if (wait) await wait;
      deps.stats.calls++;
      let failed = false;
      let failure: unknown;
      try {
        const value = await fn();
        bucket.succeeded();
        sources.saw(source, value);
        return { ok: true, value, source };
      } catch (e) {
        failed = true;
        failure = e;
      } finally {
        // Out of the gate before any backoff, so a retry's wait does not hold up other calls.
        deps.gate?.leave();
        if (!failed) release();
      }
      try {
        const info = classify(failure);
        if (opts.absentOn?.includes(info.code)) {
          bucket.succeeded();
          return { ok: true, value: null, source };
        }
        const limit = info.kind === 'throttle' ? deps.retry.throttleAttempts : info.kind === 'final' ? 1 : deps.retry.transientAttempts;
        if (info.kind === 'throttle') bucket.throttled();
        if (attempt >= limit) {
          const suffix = attempt > 1 ? ` (gave up after ${attempt} attempts)` : '';
          return fail(info.code, `${info.message}${suffix}`);
        }
        deps.stats.retries++;
        deps.stats.retryCodes[info.code] = (deps.stats.retryCodes[info.code] ?? 0) + 1;
        const delay = Math.min(deps.retry.maxDelayMs, deps.retry.baseDelayMs * 2 ** (attempt - 1));
        await sleep(delay / 2 + Math.random() * (delay / 2));
      } finally {
        release();
      }
    }

    function fail(code: string, message: string): CallResult<T | null> {
      deps.stats.failures++;
      const error: CollectionError = { provider: 'aws', account: deps.account, region, service, operation, code, message, ...(opts.resource ? { resource: opts.resource } : {}) };
      deps.onError(error);
      return { ok: false, error };
    }
  }

  return {
    partition: deps.partition,
    account: deps.account,
    region: deps.region,
    signal: deps.signal,
    client: (ctor, region) => deps.clients.get(ctor, region ?? deps.region),
    call,
    async *pages(operation, fetch, next, opts = {}) {
      let token: string | undefined;
      const seen = new Set<string>();
      sources.began(sourceOf({ provider: 'aws', service: opts.service ?? deps.service, operation }), true);
      do {
        const r = await call(operation, () => fetch(token), { paginated: true, ...opts });
        if (!r.ok) throw new ListingFailed(r.error);
        if (r.value === null) return;
        yield r.value;
        token = next(r.value);
        // A token repeating means a broken paginator: stop rather than loop forever.
        if (token !== undefined) {
          if (seen.has(token)) throw new ListingFailed({ provider: 'aws', account: deps.account, region: opts.region ?? deps.region, service: opts.service ?? deps.service, operation, code: 'PaginationLoop', message: `next token repeated: ${token}` });
          seen.add(token);
        }
      } while (token);
    },
    asset: (init) => apiAsset('aws', deps.account, deps.region, init, observedAt),
    aspect(asset, aspect, result, map) {
      if (result.ok) asset.config[aspect] = map && result.value !== null ? map(result.value) : result.value;
      else asset.gaps[aspect] = result.error;
      sources.put(asset, aspect, result, asset.config[aspect]);
    },
    complete: (asset) => sources.complete(asset),
    progress: (n) => deps.onResources(n),
  };
}
