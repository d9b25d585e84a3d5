/**
 * GCP collector harness: starts the GCP simulator on an estate, runs collectors through the real runtime,
 * google-auth-library (JWT grant against the simulator's token endpoint) and googleapis clients, and
 * returns what they produced.
 */
import type { Asset, CollectionError } from '../../src/core/asset.js';
import type { GcpCollector } from '../../src/providers/gcp/collector.js';
import { discoverGcp, type GcpScanOptions } from '../../src/providers/gcp/runtime/discover.js';
import { PROJECT_TYPE } from '../../src/providers/gcp/runtime/project-asset.js';
import type { DiscoveryResult } from '../../src/providers/discovery.js';
import type { CoverageEntry } from '../../src/store/store.js';
import type { Estate, FaultSpec } from '../../sim/aws/estate.js';
import type { GcpProjectEstate } from '../../sim/gcp/estate.js';
import { startGcpSimulator, type GcpSimulator } from '../../sim/gcp/server.js';

export interface GcpCollected {
  /** Assets (the driver's project assets left out unless `keepProjects`). */
  assets: Asset[];
  errors: CollectionError[];
  coverage: CoverageEntry[];
  scope: Array<{ account: string; region: string }>;
  result: DiscoveryResult;
}

/** Fast retries for tests; the policy itself is what is under test, not its delays. */
export const GCP_TEST_RETRY = { throttleAttempts: 6, transientAttempts: 3, baseDelayMs: 5, maxDelayMs: 100 };

export type GcpHarnessOptions = Partial<Omit<GcpScanOptions, 'collectors'>> & { faults?: FaultSpec[]; keepProjects?: boolean };

/** A one-project estate (`test-project`, number 400000000099) with these resource sections. */
export function gcpEstate(resources: Record<string, any[]>, project: Partial<GcpProjectEstate> = {}): Estate {
  return { accounts: [], gcp: { projects: [{ projectId: 'test-project', projectNumber: '400000000099', resources, ...project }] } };
}

/** Starts a simulator on `estate`, runs `collector` (or several) over the projects in scope, closes the simulator. */
export async function collectGcp(estate: Estate, collector: GcpCollector | GcpCollector[], opts: GcpHarnessOptions = {}): Promise<GcpCollected> {
  const sim = await startGcpSimulator({ estate: { ...estate, faults: [...(estate.faults ?? []), ...(opts.faults ?? [])] } });
  try {
    return await scanGcpWith(sim, Array.isArray(collector) ? collector : [collector], opts);
  } finally {
    await sim.close();
  }
}

/** Runs collectors against a running simulator (for tests that read its stats or change its faults). */
export async function scanGcpWith(sim: GcpSimulator, collectors: GcpCollector[], opts: GcpHarnessOptions = {}): Promise<GcpCollected> {
  const out: Omit<GcpCollected, 'result'> = { assets: [], errors: [], coverage: [], scope: [] };
  const { faults: _f, keepProjects, ...scan } = opts;
  const result = await discoverGcp(
    { keyFile: sim.keyFile, endpoint: sim.endpoint, retry: GCP_TEST_RETRY, requestTimeoutMs: 3_000, ...scan, collectors },
    {
      scope: async (entries) => {
        out.scope.push(...entries.map((e) => ({ account: e.account, region: e.region })));
      },
      assets: async (batch) => {
        out.assets.push(...batch.filter((a) => keepProjects || a.type !== PROJECT_TYPE || collectors.some((c) => c.types.includes(PROJECT_TYPE))));
      },
      coverage: async (entries) => {
        out.coverage.push(...entries);
      },
      error: (e) => out.errors.push(e),
      event: () => undefined,
    },
  );
  return { ...out, result };
}
