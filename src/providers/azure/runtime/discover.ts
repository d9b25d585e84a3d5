/**
 * Azure discovery: resolves the subscriptions in scope, then per subscription (several at once) makes
 * the subscription asset and runs every collector, streaming assets (facets applied), coverage, errors
 * and progress into the sink.
 */
import type { TokenCredential } from '@azure/core-auth';
import { SubscriptionClient } from '@azure/arm-resources-subscriptions';
import type { Asset, CollectionError } from '../../../core/asset.js';
import type { CoverageEntry } from '../../../store/store.js';
import { CallGate } from '../../aws/runtime/limiter.js';
import { callsTicker } from '../../aws/runtime/discover.js';
import { AssetBatcher, emptyStats, type DiscoveryResult, type DiscoverySink } from '../../discovery.js';
import type { AzureCollector } from '../collector.js';
import { ListingFailed } from '../collector.js';
import { applyAzureFacets } from '../facets/index.js';
import { armClientOptions } from './client-options.js';
import { createAzureContext, DEFAULT_AZURE_RETRY, type AzureRetryPolicy, type AzureRunContext } from './context.js';
import { azureCredential } from './credentials.js';
import { AzureLimiter } from './limiter.js';
import { resolveSubscriptions, type VisibleSubscription } from './scope.js';
import { isSubscriptionAsset, mergeSubscriptionAsset, SUBSCRIPTION_TYPE, subscriptionAssetId } from './subscription-asset.js';

export interface AzureScanOptions {
  /** Explicit credential (tests, embedding); otherwise client secret from options/env, else DefaultAzureCredential. */
  credential?: TokenCredential;
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  /** ARM base URL (default https://management.azure.com): sovereign clouds, private endpoints, the simulator. */
  endpoint?: string;
  /** Entra authority host (default https://login.microsoftonline.com). */
  authorityHost?: string;
  /** PEM of a CA to trust for ARM and the authority (the simulator's certificate). */
  ca?: string;
  subscriptions?: string[];
  excludeSubscriptions?: string[];
  managementGroup?: string;
  collectors: AzureCollector[];
  requestTimeoutMs?: number;
  retry?: AzureRetryPolicy;
  signal?: AbortSignal;
  /** Subscriptions scanned at once (default 4). */
  subscriptionConcurrency?: number;
}

/** Calls in flight per subscription: ARM's bucket allows 25 a second, so more would only wait for tokens. */
const SUBSCRIPTION_CALLS_IN_FLIGHT = 64;

export async function discoverAzure(opts: AzureScanOptions, sink: DiscoverySink): Promise<DiscoveryResult> {
  const conn = { endpoint: opts.endpoint, ca: opts.ca, requestTimeoutMs: opts.requestTimeoutMs ?? 30_000 };
  const credential = azureCredential({ ...conn, credential: opts.credential, tenantId: opts.tenantId, clientId: opts.clientId, clientSecret: opts.clientSecret, authorityHost: opts.authorityHost });
  const clientOptions = armClientOptions(conn);
  const subs = await resolveSubscriptions(credential, clientOptions, opts);
  const tenantId = opts.tenantId ?? subs[0]?.tenantId ?? 'unknown-tenant';
  const accounts = subs.map((s) => s.subscriptionId);
  sink.event({ type: 'accounts', accounts, provider: 'azure' });

  const stats = emptyStats();
  const limiter = new AzureLimiter();
  const gates = new Map<string, CallGate>();
  const gateFor = (subscriptionId: string) => {
    let g = gates.get(subscriptionId);
    if (!g) gates.set(subscriptionId, (g = new CallGate(SUBSCRIPTION_CALLS_IN_FLIGHT)));
    return g;
  };
  const signal = opts.signal ?? new AbortController().signal;
  let resources = 0;
  const ctxFor = (subscriptionId: string) =>
    createAzureContext({ tenantId, subscriptionId, credential, clientOptions, limiter, gate: gateFor(subscriptionId), retry: opts.retry ?? DEFAULT_AZURE_RETRY, signal, stats, onError: (e) => sink.error(e), onResources: () => undefined });

  const scanSubscription = async (sub: VisibleSubscription): Promise<void> => {
    const id = sub.subscriptionId;
    sink.event({ type: 'account-start', account: id, regions: [] });
    await sink.scope([{ provider: 'azure', account: id, region: '*' }]);
    const ctx = ctxFor(id);
    const subAsset = ctx.asset({ id: subscriptionAssetId(id), type: SUBSCRIPTION_TYPE, kind: 'account', name: sub.displayName ?? id });
    ctx.aspect(subAsset, 'subscription', await ctx.call('subscriptions', 'subscriptions.get', () => new SubscriptionClient(credential, clientOptions).subscriptions.get(id)));
    const locations = new Set<string>();
    await Promise.all(
      opts.collectors.map(async (c) => {
        const n = await runCollector(c, ctxFor(id), sink, (asset) => {
          if (isSubscriptionAsset(asset, id)) {
            mergeSubscriptionAsset(subAsset, asset);
            return false;
          }
          if (asset.region !== 'global') locations.add(asset.region);
          return true;
        });
        resources += n;
      }),
    );
    subAsset.config.locations = [...locations].sort();
    // Not an ARM call: the regions of the assets collected (service `parapet`: Parapet's own derivation).
    (subAsset.provenance ??= {}).locations = 'azure:parapet:assetLocations';
    await sink.assets([applyAzureFacets(subAsset)]);
    sink.event({ type: 'account-done', account: id });
  };

  const stopTicker = callsTicker(stats, (e) => sink.event(e));
  try {
    await mapLimit(subs, opts.subscriptionConcurrency ?? 4, scanSubscription);
  } finally {
    stopTicker();
  }
  return { callerAccount: tenantId, accounts, stats, resources };
}

/** Runs one collector over one subscription; `keep` decides which assets are streamed. Returns the count streamed. */
async function runCollector(c: AzureCollector, ctx: AzureRunContext, sink: DiscoverySink, keep: (a: Asset) => boolean): Promise<number> {
  const account = ctx.subscriptionId;
  sink.event({ type: 'collector-start', account, region: 'global', collector: c.id });
  const batch = new AssetBatcher(sink);
  let entry: CoverageEntry = { provider: 'azure', account, region: 'global', collector: c.id, types: c.types, ok: true };
  try {
    for await (const asset of c.collect(ctx)) if (keep(ctx.complete(asset))) await batch.add(applyAzureFacets(asset));
  } catch (e) {
    const error: CollectionError =
      e instanceof ListingFailed
        ? e.error
        : { provider: 'azure', account, region: 'global', service: c.service, operation: c.id, code: 'CollectorFailed', message: e instanceof Error ? e.message : String(e) };
    if (!(e instanceof ListingFailed)) sink.error(error);
    entry = { ...entry, ok: false, error };
  }
  await batch.flush();
  await sink.coverage([entry]);
  sink.event({ type: 'collector-done', account, region: 'global', collector: c.id, resources: batch.count, ok: entry.ok });
  return batch.count;
}

async function mapLimit<T>(items: T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await fn(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
