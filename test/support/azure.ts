/**
 * Test harness for Azure collectors: starts the Azure simulator on an estate and runs collectors through
 * the real runtime, @azure/identity (client secret against the simulator's Entra endpoint) and the
 * official @azure/arm-* clients.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Asset, CollectionError } from '../../src/core/asset.js';
import type { AzureCollector } from '../../src/providers/azure/collector.js';
import type { AzureRetryPolicy } from '../../src/providers/azure/runtime/context.js';
import { discoverAzure } from '../../src/providers/azure/runtime/discover.js';
import { SUBSCRIPTION_TYPE } from '../../src/providers/azure/runtime/subscription-asset.js';
import type { DiscoveryEvent, DiscoveryResult } from '../../src/providers/discovery.js';
import type { CoverageEntry } from '../../src/store/store.js';
import type { Estate, FaultSpec } from '../../sim/aws/estate.js';
import { loadEstate } from '../../sim/aws/estate-loader.js';
import { startAzureSimulator, type AzureSimulator } from '../../sim/azure/server.js';

export interface AzureCollected {
  /** Assets the collectors produced (subscription assets are in `subscriptions`). */
  assets: Asset[];
  /** The driver's `Microsoft.Resources/subscriptions` assets, with the aspects collectors merged in. */
  subscriptions: Asset[];
  errors: CollectionError[];
  coverage: CoverageEntry[];
  events: DiscoveryEvent[];
  result: DiscoveryResult;
}

/** Fast retries for tests; the policy is what is under test, not its delays. */
export const AZURE_TEST_RETRY: AzureRetryPolicy = { throttleAttempts: 6, transientAttempts: 3, baseDelayMs: 5, maxDelayMs: 200 };

export const DEMO_TENANT = '7a1e0000-0000-4000-8000-000000000001';
export const DEMO_PROD = '5b1f0000-0000-4000-8000-000000000002';
export const DEMO_DEV = '5b1f0000-0000-4000-8000-000000000003';
export const DEMO_MANAGEMENT_GROUP = 'mg-parapet-demo';

let demo: Promise<Estate> | undefined;
/** The demo estate (sim/estates/demo, all clouds), loaded once per test file. */
export function demoEstate(): Promise<Estate> {
  demo ??= loadEstate(join(fileURLToPath(new URL('../../sim/estates/demo', import.meta.url))));
  return demo.then((e) => structuredClone(e));
}

export interface AzureScanTestOptions {
  /** Only these subscriptions (default: every one the principal sees). */
  subscriptions?: string[];
  excludeSubscriptions?: string[];
  managementGroup?: string;
  requestTimeoutMs?: number;
  retry?: AzureRetryPolicy;
  /** Override the client secret (wrong-secret tests). */
  clientSecret?: string;
}

/**
 * Starts the simulator on `estate` (plus `faults`), runs the collector(s) through the real runtime and
 * SDK clients, and returns what they produced.
 */
export async function collectAzure(
  estate: Estate,
  collector: AzureCollector | AzureCollector[],
  opts: AzureScanTestOptions & { subscription?: string; faults?: FaultSpec[]; pageSize?: number } = {},
): Promise<AzureCollected> {
  const sim = await startAzureSimulator({ estate: { ...estate, faults: [...(estate.faults ?? []), ...(opts.faults ?? [])] }, pageSize: opts.pageSize });
  try {
    return await scanAzureWith(sim, Array.isArray(collector) ? collector : [collector], { ...opts, subscriptions: opts.subscription ? [opts.subscription] : opts.subscriptions });
  } finally {
    await sim.close();
  }
}

/** Runs collectors against a running simulator (for tests that need its stats or faults). */
export async function scanAzureWith(sim: AzureSimulator, collectors: AzureCollector[], opts: AzureScanTestOptions = {}): Promise<AzureCollected> {
  const out = { assets: [] as Asset[], subscriptions: [] as Asset[], errors: [] as CollectionError[], coverage: [] as CoverageEntry[], events: [] as DiscoveryEvent[] };
  const result = await discoverAzure(
    {
      tenantId: sim.tenantId,
      clientId: sim.clientId,
      clientSecret: opts.clientSecret ?? sim.clientSecret,
      authorityHost: sim.authorityHost,
      endpoint: sim.endpoint,
      ca: sim.ca,
      subscriptions: opts.subscriptions,
      excludeSubscriptions: opts.excludeSubscriptions,
      managementGroup: opts.managementGroup,
      collectors,
      retry: opts.retry ?? AZURE_TEST_RETRY,
      requestTimeoutMs: opts.requestTimeoutMs ?? 3_000,
    },
    {
      scope: async () => undefined,
      assets: async (batch) => {
        for (const a of batch) (a.type === SUBSCRIPTION_TYPE ? out.subscriptions : out.assets).push(a);
      },
      coverage: async (entries) => {
        out.coverage.push(...entries);
      },
      error: (e) => out.errors.push(e),
      event: (e) => out.events.push(e),
    },
  );
  return { ...out, result };
}

/** The asset of a type whose name (or id's last segment) is `name`. */
export function byName(assets: Asset[], type: string, name: string): Asset {
  const a = assets.find((x) => x.type === type && (x.name === name || x.id.endsWith(`/${name}`)));
  if (!a) throw new Error(`no ${type} named ${name} among ${assets.map((x) => x.name).join(', ')}`);
  return a;
}
