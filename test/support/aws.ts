import type { Asset, CollectionError } from '../../src/core/asset.js';
import type { AwsCollector } from '../../src/providers/aws/collector.js';
import { discoverAws } from '../../src/providers/aws/runtime/discover.js';
import type { CoverageEntry } from '../../src/store/store.js';
import type { Estate, FaultSpec } from '../../sim/aws/estate.js';
import { startSimulator, type Simulator } from '../../sim/aws/server.js';

export interface Collected {
  assets: Asset[];
  errors: CollectionError[];
  coverage: CoverageEntry[];
}

/** Fast retries and timeouts for tests; the policy itself is what is under test, not its delays. */
export const TEST_RETRY = { throttleAttempts: 10, transientAttempts: 3, baseDelayMs: 5, maxDelayMs: 200 };

/**
 * Starts the simulator on `estate`, runs one collector through the real runtime and SDK clients for one
 * account and region, and returns what it produced (the driver's account and region assets left out).
 */
export async function collectFrom(
  estate: Estate,
  collector: AwsCollector,
  opts: { account?: string; region?: string; faults?: FaultSpec[]; requestTimeoutMs?: number } = {},
): Promise<Collected> {
  const sim = await startSimulator({ estate: { ...estate, faults: [...(estate.faults ?? []), ...(opts.faults ?? [])] } });
  try {
    return await scanWith(sim, [collector], opts);
  } finally {
    await sim.close();
  }
}

/** Runs collectors against a running simulator (for tests that need the simulator's stats or faults). */
export async function scanWith(sim: Simulator, collectors: AwsCollector[], opts: { account?: string; region?: string; requestTimeoutMs?: number; org?: boolean } = {}): Promise<Collected> {
  const out: Collected = { assets: [], errors: [], coverage: [] };
  const caller = sim.credentials;
  const org = opts.org ?? opts.account !== undefined;
  await discoverAws(
    {
      credentials: async () => ({ accessKeyId: caller.accessKeyId, secretAccessKey: caller.secretAccessKey }),
      endpoint: sim.endpoint,
      org,
      ...(opts.account ? { accounts: [opts.account] } : {}),
      regions: [opts.region ?? 'us-east-1'],
      collectors,
      retry: TEST_RETRY,
      requestTimeoutMs: opts.requestTimeoutMs ?? 3_000,
    },
    {
      scope: async () => undefined,
      assets: async (batch) => {
        out.assets.push(...batch.filter((a) => a.type !== 'AWS::::Account' && a.type !== 'AWS::::Region'));
      },
      coverage: async (entries) => {
        out.coverage.push(...entries);
      },
      error: (e) => out.errors.push(e),
      event: () => undefined,
    },
  );
  return out;
}
