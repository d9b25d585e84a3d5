/**
 * The GcpCollectContext of one project: calls through the scan's limiter with retries on throttling and
 * transient errors; failures recorded as CollectionErrors (provider gcp, account = project id) and
 * returned, never thrown; listings that cannot complete throw ListingFailed.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { apiAsset } from '../../discovery.js';
import type { Asset, CollectionError } from '../../../core/asset.js';
import { sourceOf } from '../../../core/provenance.js';
import { AspectSources } from '../../aspect-sources.js';
import type { CallStats } from '../../discovery.js';
import type { RetryPolicy } from '../../aws/runtime/context.js';
import type { CallGate } from '../../aws/runtime/limiter.js';
import { ListingFailed, type CallResult, type GcpApis, type GcpCallOptions, type GcpCollectContext } from '../collector.js';
import type { GcpApiFactory } from './apis.js';
import { classifyGcp } from './errors.js';
import type { GcpLimiter } from './limiter.js';

export interface GcpContextDeps {
  projectId: string;
  projectNumber: string;
  apis: GcpApiFactory;
  limiter: GcpLimiter;
  gate?: CallGate;
  retry: RetryPolicy;
  signal: AbortSignal;
  stats: CallStats;
  onError(e: CollectionError): void;
  onResources(n: number): void;
  now?: () => Date;
}

type Opts = GcpCallOptions & { region?: string };

/** Plain JSON: what googleapis returns already is; this drops `undefined` and copies so assets stay JSON-safe. */
const plain = <T>(v: T): T => (v === undefined || v === null ? v : (JSON.parse(JSON.stringify(v)) as T));

/** A collector's context, plus `complete` for the driver: sources for aspects set without `aspect()`. */
export type GcpRunContext = GcpCollectContext & { complete(asset: Asset): Asset };

export function createGcpCollectContext(deps: GcpContextDeps): GcpRunContext {
  const observedAt = (deps.now?.() ?? new Date()).toISOString();
  const sources = new AspectSources();

  async function call<T>(service: keyof GcpApis, operation: string, fn: () => Promise<T>, opts: Opts = {}): Promise<CallResult<T | null>> {
    const region = opts.region ?? 'global';
    const bucket = deps.limiter.bucketFor(deps.projectId, service, operation, region);
    const source = sourceOf({ provider: 'gcp', service, operation });
    sources.began(source);
    const fail = (code: string, message: string): CallResult<T | null> => {
      deps.stats.failures++;
      const error: CollectionError = { provider: 'gcp', account: deps.projectId, region, service, operation, code, message, ...(opts.resource ? { resource: opts.resource } : {}) };
      deps.onError(error);
      return { ok: false, error };
    };
    for (let attempt = 1; ; attempt++) {
      if (deps.signal.aborted) return fail('Aborted', 'scan aborted');
      await bucket.acquire();
      const wait = deps.gate?.enter();
      if (wait) await wait;
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
      const info = classifyGcp(failure);
      if (opts.absentOn?.some((n) => info.names.includes(n) || n === info.code)) {
        bucket.succeeded();
        return { ok: true, value: null, source };
      }
      if (info.kind === 'throttle') bucket.throttled();
      const limit = info.kind === 'throttle' ? deps.retry.throttleAttempts : info.kind === 'final' ? 1 : deps.retry.transientAttempts;
      if (attempt >= limit) return fail(info.code, `${info.message}${attempt > 1 ? ` (gave up after ${attempt} attempts)` : ''}`);
      deps.stats.retries++;
      deps.stats.retryCodes[info.code] = (deps.stats.retryCodes[info.code] ?? 0) + 1;
      const delay = Math.min(deps.retry.maxDelayMs, deps.retry.baseDelayMs * 2 ** (attempt - 1));
      await sleep(delay / 2 + Math.random() * (delay / 2));
    }
  }

  return {
    projectId: deps.projectId,
    projectNumber: deps.projectNumber,
    signal: deps.signal,
    api: (name) => deps.apis.get(name),
    call,
    async *list(service, operation, fetch, items, next, opts = {}) {
      let token: string | undefined;
      const seen = new Set<string>();
      sources.began(sourceOf({ provider: 'gcp', service, operation }), true);
      do {
        const r = await call(service, operation, () => fetch(token), opts);
        if (!r.ok) throw new ListingFailed(r.error);
        if (r.value === null) return;
        for (const it of items(r.value) ?? []) yield it;
        token = next(r.value) ?? undefined;
        // A repeating token means a broken paginator: stop rather than loop forever.
        if (token) {
          if (seen.has(token))
            throw new ListingFailed({ provider: 'gcp', account: deps.projectId, region: opts.region ?? 'global', service, operation, code: 'PaginationLoop', message: `next page token repeated: ${token}` });
          seen.add(token);
        }
      } while (token);
    },
    asset: (init) => apiAsset('gcp', deps.projectId, 'global', init, observedAt),
    aspect(asset, aspect, result, map) {
      if (result.ok) asset.config[aspect] = plain(map && result.value !== null ? map(result.value) : result.value);
      else asset.gaps[aspect] = result.error;
      sources.put(asset, aspect, result, asset.config[aspect]);
    },
    complete: (asset) => sources.complete(asset),
    progress: (n) => deps.onResources(n),
  };
}
