/**
 * The AzureCollectContext for one subscription: memoized clients, calls through the subscription's
 * shared limiter with retries (429 honouring Retry-After, 5xx, network errors, timeouts), listings page
 * by page, and errors recorded with provider, subscription, region, service, operation and code.
 */
import type { TokenCredential } from '@azure/core-auth';
import { setTimeout as sleep } from 'node:timers/promises';
import { apiAsset } from '../../discovery.js';
import type { Asset, CollectionError } from '../../../core/asset.js';
import { sourceOf } from '../../../core/provenance.js';
import { AspectSources } from '../../aspect-sources.js';
import type { CallStats } from '../../discovery.js';
import type { AzureCallOptions, AzureClientOptions, AzureCollectContext, CallResult } from '../collector.js';
import { ListingFailed } from '../collector.js';
import type { CallGate } from '../../aws/runtime/limiter.js';
import { classifyAzure } from './errors.js';
import type { AzureLimiter } from './limiter.js';
import { toPlain } from './plain.js';

export interface AzureRetryPolicy {
  /** Attempts for throttled calls (they are paced, so recovery is expected). */
  throttleAttempts: number;
  /** Attempts for 5xx, network errors and timeouts. */
  transientAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_AZURE_RETRY: AzureRetryPolicy = { throttleAttempts: 8, transientAttempts: 4, baseDelayMs: 200, maxDelayMs: 30_000 };

export interface AzureContextDeps {
  tenantId: string;
  subscriptionId: string;
  credential: TokenCredential;
  clientOptions: AzureClientOptions;
  limiter: AzureLimiter;
  /** Calls in flight for this subscription (its own gate: waiting for a token there holds back no other). */
  gate?: CallGate;
  retry: AzureRetryPolicy;
  signal: AbortSignal;
  stats: CallStats;
  onError(e: CollectionError): void;
  onResources(n: number): void;
  /** Subscription-level calls (list subscriptions, management groups) count against the tenant's bucket. */
  tenantLevel?: boolean;
}

type Opts = AzureCallOptions & { region?: string };

/** A collector's context, plus `complete` for the driver: sources for aspects set without `aspect()`. */
export type AzureRunContext = AzureCollectContext & { complete(asset: Asset): Asset };

export function createAzureContext(deps: AzureContextDeps): AzureRunContext {
  const observedAt = new Date().toISOString();
  const sources = new AspectSources();
  const clients = new Map<unknown, unknown>();
  const bucket = deps.limiter.bucketFor(deps.tenantLevel ? undefined : deps.subscriptionId, deps.tenantId);

  async function call<T>(service: string, operation: string, fn: () => Promise<T>, opts: Opts = {}): Promise<CallResult<T | null>> {
    const region = opts.region ?? 'global';
    const source = sourceOf({ provider: 'azure', service, operation });
    sources.began(source);
    const fail = (code: string, message: string): CallResult<T | null> => {
      deps.stats.failures++;
      const error: CollectionError = { provider: 'azure', account: deps.subscriptionId, region, service, operation, code, message, ...(opts.resource ? { resource: opts.resource } : {}) };
      deps.onError(error);
      return { ok: false, error };
    };
    for (let attempt = 1; ; attempt++) {
      if (deps.signal.aborted) return fail('Aborted', 'scan aborted');
      // The subscription's gate first, then the token, so a token is spent when its call goes out. Spent
      // before a wait at the gate, the bucket would refill while those calls queued, and the queue would
      // leave as a burst beyond ARM's bucket (the simulator throttled ~120 calls of a 50,000-call scan so).
      const wait = deps.gate?.enter();
      if (wait) await wait;
      await bucket.acquire();
      deps.stats.calls++;
      let failure: unknown;
      try {
        const value = await fn();
        bucket.succeeded();
        sources.saw(source, value);
        return { ok: true, value, source };
      } catch (e) {
        failure = e;
      } finally {
        deps.gate?.leave();
      }
      const info = classifyAzure(failure);
      if (opts.absentOn?.includes(info.code)) return { ok: true, value: null, source };
      if (info.kind === 'throttle') bucket.throttled(info.retryAfterMs === undefined ? undefined : Math.min(info.retryAfterMs, deps.retry.maxDelayMs));
      const limit = info.kind === 'throttle' ? deps.retry.throttleAttempts : info.kind === 'final' ? 1 : deps.retry.transientAttempts;
      if (attempt >= limit) return fail(info.code, `${info.message}${attempt > 1 ? ` (gave up after ${attempt} attempts)` : ''}`);
      deps.stats.retries++;
      deps.stats.retryCodes[info.code] = (deps.stats.retryCodes[info.code] ?? 0) + 1;
      const backoff = Math.min(deps.retry.maxDelayMs, deps.retry.baseDelayMs * 2 ** (attempt - 1));
      // A throttled call waits in the bucket (held for Retry-After); others back off with jitter.
      if (info.kind !== 'throttle') await sleep(Math.max(info.retryAfterMs ?? 0, backoff / 2 + Math.random() * (backoff / 2)));
    }
  }

  async function* list<T>(service: string, operation: string, iterate: (continuationToken?: string) => AsyncIterable<T[]>, opts: Opts = {}): AsyncIterable<T> {
    let token: string | undefined;
    let it = iterate()[Symbol.asyncIterator]();
    const seen = new Set<string>();
    let pages = 0;
    sources.began(sourceOf({ provider: 'azure', service, operation }), true);
    for (;;) {
      let tries = 0;
      // A page iterator that threw is finished: a retry resumes from the last continuation token.
      const r = await call(service, operation, async () => {
        if (tries++ > 0) {
          it = iterate(token)[Symbol.asyncIterator]();
          // Without a continuation token to resume from (an `iterate` that takes none, or an SDK that keeps
          // tokens off its pages) the listing restarts from the first page: skip the pages already yielded.
          if (token === undefined || iterate.length === 0) for (let i = 0; i < pages; i++) await it.next();
        }
        return it.next();
      }, opts);
      if (!r.ok) throw new ListingFailed(r.error);
      if (r.value === null || r.value.done) return;
      const page = r.value.value;
      pages++;
      yield* page;
      token = (page as T[] & { continuationToken?: string }).continuationToken;
      // SDKs that put the token on each page leave it undefined on the last one: the listing is complete,
      // and asking the iterator again would spend a rate-limit token on a call that never reaches ARM.
      if (token === undefined && Object.prototype.hasOwnProperty.call(page, 'continuationToken')) return;
      if (token !== undefined) {
        if (seen.has(token)) throw new ListingFailed({ provider: 'azure', account: deps.subscriptionId, region: opts.region ?? 'global', service, operation, code: 'PaginationLoop', message: `nextLink repeated: ${token}` });
        seen.add(token);
      }
    }
  }

  return {
    tenantId: deps.tenantId,
    subscriptionId: deps.subscriptionId,
    signal: deps.signal,
    credential: deps.credential,
    clientOptions: deps.clientOptions,
    client<C>(ctor: new (credential: TokenCredential, subscriptionId: string, options?: any) => C): C {
      let c = clients.get(ctor) as C | undefined;
      if (!c) {
        c = new ctor(deps.credential, deps.subscriptionId, deps.clientOptions);
        clients.set(ctor, c);
      }
      return c;
    },
    call,
    list,
    asset: (init) => apiAsset('azure', deps.subscriptionId, 'global', init, observedAt),
    aspect(asset, aspect, result, map) {
      if (result.ok) asset.config[aspect] = result.value === null ? null : toPlain(map ? map(result.value) : result.value);
      else asset.gaps[aspect] = result.error;
      sources.put(asset, aspect, result, asset.config[aspect]);
    },
    complete: (asset) => sources.complete(asset),
    progress: (n) => deps.onResources(n),
  };
}
