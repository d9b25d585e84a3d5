import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { runScan } from '../src/engine/scan.js';
import { ClientFactory } from '../src/providers/aws/runtime/clients.js';
import { heapGovernorStats } from '../src/runtime/heap-governor.js';
import { discoverAwsParallel, workerCount } from '../src/providers/aws/runtime/parallel.js';
import { awsCollectors } from '../src/providers/aws/services/index.js';
import { builtinRules } from '../src/rules/index.js';
import { openStore } from '../src/store/open.js';
import { discoverAzure } from '../src/providers/azure/runtime/discover.js';
import { azureCollectors } from '../src/providers/azure/services/index.js';
import { discoverGcp } from '../src/providers/gcp/runtime/discover.js';
import { gcpCollectors } from '../src/providers/gcp/services/index.js';
import type { Discover } from '../src/providers/discovery.js';
import type { BenchSimConfig } from './sim-child.js';

type Cloud = BenchSimConfig['cloud'];

const REGIONS: Record<Cloud, string[]> = {
  aws: ['us-east-1', 'us-west-2', 'eu-west-1', 'ap-southeast-2'],
  azure: ['westeurope', 'eastus', 'northeurope', 'southeastasia'],
  gcp: ['europe-west1', 'us-central1', 'us-east1', 'asia-southeast1'],
};

/** The shape per cloud; BENCH_RESOURCES / BENCH_ACCOUNTS shrink it for profiling, BENCH_CLOUDS picks clouds. */
function configFor(cloud: Cloud): BenchSimConfig {
  return {
    cloud,
    accounts: Number(process.env.BENCH_ACCOUNTS ?? 10),
    regions: REGIONS[cloud],
    resources: Number(process.env.BENCH_RESOURCES ?? 50_000),
    latencyMs: 20,
    seed: 42,
  };
}

/** The clouds to benchmark, in order (default all three): one JSON line each. */
export function benchClouds(): Cloud[] {
  const picked = (process.env.BENCH_CLOUDS ?? 'aws,azure,gcp').split(',').map((s) => s.trim()).filter(Boolean);
  for (const c of picked) if (!(c in REGIONS)) throw new Error(`BENCH_CLOUDS: unknown cloud '${c}' (aws, azure, gcp)`);
  return picked as Cloud[];
}

interface Ready {
  endpoint: string;
  expectedAssets: number;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  authorityHost?: string;
  tenantId?: string;
  clientId?: string;
  clientSecret?: string;
  ca?: string;
  keyFile?: Record<string, string>;
}

function discoverFor(cfg: BenchSimConfig, ready: Ready): Discover {
  if (cfg.cloud === 'azure') {
    return (sink) =>
      discoverAzure(
        { endpoint: ready.endpoint, authorityHost: ready.authorityHost, tenantId: ready.tenantId, clientId: ready.clientId, clientSecret: ready.clientSecret, ca: ready.ca, collectors: azureCollectors, subscriptionConcurrency: cfg.accounts },
        sink,
      );
  }
  if (cfg.cloud === 'gcp') {
    return (sink) => discoverGcp({ endpoint: ready.endpoint, keyFile: ready.keyFile as never, collectors: gcpCollectors, projectConcurrency: cfg.accounts }, sink);
  }
  return (sink) =>
    discoverAwsParallel(
      { org: true, endpoint: ready.endpoint, credentials: async () => ready.credentials!, regions: cfg.regions, collectors: awsCollectors, accountConcurrency: Number(process.env.BENCH_ACCOUNT_CONCURRENCY ?? cfg.accounts) },
      sink,
    );
}

function ask<T>(child: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve) => {
    const on = (m: { type: string } & T) => {
      if (m.type === type) {
        child.off('message', on);
        resolve(m);
      }
    };
    child.on('message', on);
  });
}

/**
 * Scans a generated estate of ~50,000 resources (10 accounts x 4 regions) served with AWS-like rate limits
 * and 20 ms latency, end to end (discovery, store, evaluation), and compares the wall time with the least
 * time the simulated rate limits allow for the calls made.
 */
export async function discoveryBench(cloud: Cloud): Promise<Record<string, unknown>> {
  const CONFIG = configFor(cloud);
  const child = fork(join(import.meta.dirname, 'sim-child.ts'), [JSON.stringify(CONFIG)], { execArgv: ['--import', 'tsx'], env: simEnv(), stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ready = await ask<Ready>(child, 'ready');
  const dir = mkdtempSync(join(tmpdir(), 'parapet-bench-'));
  const store = await openStore(join(dir, 'bench.db'));
  let errors = 0;
  const started = new Map<string, number>();
  const durations = new Map<string, number>();
  let discoverSeconds = 0;
  let discoverCpu = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  try {
    let phase = 'discover';
    const phaseStarts: Array<[string, number]> = [];
    const phasePeak = new Map<string, number>();
    // At the highest RSS: how much of it is the V8 heap and how much memory outside it (buffers, SQLite, code).
    let atPeak = { rss: 0, heapTotal: 0, heapUsed: 0, external: 0 };
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      phasePeak.set(phase, Math.max(phasePeak.get(phase) ?? 0, m.rss));
      if (m.rss > atPeak.rss) atPeak = { rss: m.rss, heapTotal: m.heapTotal, heapUsed: m.heapUsed, external: m.external };
    }, 250);
    const outcome = await runScan({
      target: 'bench',
      store,
      rules: builtinRules,
      onEvent: (e) => {
        if (e.type === 'error') errors++;
        if (e.type === 'phase') {
          phaseStarts.push([e.phase, performance.now()]);
          phase = e.phase;
        }
        if (e.type === 'phase' && e.phase === 'evaluate') {
          discoverSeconds = (performance.now() - t0) / 1000;
          discoverCpu = cpuSeconds(process.cpuUsage(cpu0));
        }
        if (e.type === 'collector-start') started.set(`${e.account}/${e.region}/${e.collector}`, performance.now());
        if (e.type === 'collector-done') {
          const ms = performance.now() - (started.get(`${e.account}/${e.region}/${e.collector}`) ?? t0);
          durations.set(e.collector, Math.max(durations.get(e.collector) ?? 0, ms));
        }
      },
      discover: discoverFor(CONFIG, ready),
    });
    const wall = (performance.now() - t0) / 1000;
    clearInterval(sampler);
    const phaseSeconds = Object.fromEntries(phaseStarts.map(([name, at], i) => [name, round(((phaseStarts[i + 1]?.[1] ?? t0 + wall * 1000) - at) / 1000)]));
    const cpu = cpuSeconds(process.cpuUsage(cpu0));
    child.send({ type: 'stats' });
    const { stats } = await ask<{ stats: { calls: number; throttled: number; floorSeconds: number; byOperation?: Record<string, number> } }>(child, 'stats');
    // AWS counts resources without the driver's account/region assets (as its generator does); Azure and
    // GCP generators count their subscription/project assets, so compare every stored asset.
    const found = cloud === 'aws' ? outcome.discovery.resources : outcome.scan.counts.assets;
    // The scan's peak, before the ceiling's own 512 calls in flight can add to it.
    const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    const ceiling = cloud === 'aws' && process.env.BENCH_SDK_CEILING !== '0' ? await sdkCeiling(child, ready, stats.calls) : undefined;
    return {
      bench: 'discovery',
      cloud,
      accounts: CONFIG.accounts,
      regions: CONFIG.regions.length,
      latencyMs: CONFIG.latencyMs,
      ...(cloud === 'aws' ? { workers: workerCount(undefined, CONFIG.accounts) } : {}),
      wallSeconds: round(wall),
      discoverSeconds: round(discoverSeconds),
      /** Wall time in each phase: discovery (accounts judged as they complete), judging what is left, storing. */
      phaseSeconds,
      floorSeconds: round(stats.floorSeconds),
      // No bucket ran dry (Google's per-minute quotas at this size): the limits allow every call at once and
      // a ratio to 0 s means nothing.
      ratio: stats.floorSeconds > 0 ? round(wall / stats.floorSeconds) : null,
      apiCalls: stats.calls,
      /** The operations called most: where the calls go. */
      topOperations: Object.fromEntries(Object.entries(stats.byOperation ?? {}).sort((a, b) => b[1] - a[1]).slice(0, 12)),
      scannerCalls: outcome.discovery.stats.calls,
      retries: outcome.discovery.stats.retries,
      retryCodes: outcome.discovery.stats.retryCodes,
      /** CPU of the scanner process (every thread), and of discovery alone per API call. */
      cpuSeconds: round(cpu),
      discoverCpuMsPerCall: round((discoverCpu * 1000) / Math.max(1, outcome.discovery.stats.calls)),
      slowestCollectors: Object.fromEntries([...durations].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => [k, round(v / 1000)])),
      throttled: stats.throttled,
      errors,
      resourcesGenerated: ready.expectedAssets,
      resourcesFound: found,
      allFound: found === ready.expectedAssets,
      findings: outcome.scan.counts,
      /** Highest RSS sampled (every 250 ms) in each phase: where memory goes. */
      peakRssMBByPhase: Object.fromEntries([...phasePeak].map(([k, v]) => [k, Math.round(v / 1048576)])),
      peakRssMB,
      /** The main thread's V8 heap (reserved, in use) and external memory when RSS was highest. */
      heapGovernor: heapGovernorStats(),
      atPeakMB: { heapTotal: mb(atPeak.heapTotal), heapUsed: mb(atPeak.heapUsed), external: mb(atPeak.external) },
      ...(ceiling ? { sdkCeiling: ceiling } : {}),
      targets: { ratio: 1.2, peakRssMB: 600 },
    };
  } finally {
    await store.close();
    child.send({ type: 'stop' });
    await once(child, 'exit');
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * What this machine allows at best, whatever the limits: the SDK calling the simulator as fast as it can,
 * with the cheapest call there is (STS GetCallerIdentity), the scanner's client settings, 512 calls in
 * flight (more than 20 ms of latency needs), and nothing else to do: no collectors, store or rules. The
 * simulated limits are lifted for it. `secondsForScanCalls` is the scan's call count at that rate: a scan
 * cannot make its calls faster than that on this machine.
 *
 * The CPU split says whose cost that is. `sdkCpuMsPerCall` is the client side alone (signing, HTTP, parsing),
 * which a real cloud would leave on the scanning machine while taking the server side away;
 * `secondsForScanCallsAllCores` is the scan's calls at that cost spread over every core with nothing else
 * running, not even the simulator: the least time any scan through this SDK could take here.
 */
async function sdkCeiling(child: ChildProcess, ready: Ready, scanCalls: number): Promise<SdkCeiling> {
  child.send({ type: 'unlimited' });
  await ask(child, 'unlimited');
  const credentials = ready.credentials!;
  const sts = new ClientFactory({ credentials: async () => credentials, endpoint: ready.endpoint, requestTimeoutMs: 30_000 }).get(STSClient, 'us-east-1');
  const measureMs = 8_000;
  const run = async (ms: number) => {
    let calls = 0;
    const end = performance.now() + ms;
    await Promise.all(
      Array.from({ length: 512 }, async () => {
        while (performance.now() < end) {
          await sts.send(new GetCallerIdentityCommand({}));
          calls++;
        }
      }),
    );
    return calls;
  };
  const simCpu = async () => {
    const reply = ask<{ cpu: NodeJS.CpuUsage }>(child, 'cpu');
    child.send({ type: 'cpu' });
    return (await reply).cpu;
  };
  await run(1_000); // warm up: sockets, JIT
  const sim0 = await simCpu();
  const t = performance.now();
  const cpu0 = process.cpuUsage();
  const calls = await run(measureMs);
  const seconds = (performance.now() - t) / 1000;
  const scannerCpu = cpuSeconds(process.cpuUsage(cpu0));
  const sim1 = await simCpu();
  const simCpuSeconds = cpuSeconds({ user: sim1.user - sim0.user, system: sim1.system - sim0.system });
  const rate = calls / seconds;
  const sdkCpuMsPerCall = (scannerCpu * 1000) / Math.max(1, calls);
  const cores = availableParallelism();
  return {
    callsPerSecond: Math.round(rate),
    // Near 1: the scanner's one thread is what limits (the SDK); well below: the simulator is.
    scannerCpuShare: round(scannerCpu / seconds),
    simCpuShare: round(simCpuSeconds / seconds),
    secondsForScanCalls: round(scanCalls / rate),
    sdkCpuMsPerCall: round3(sdkCpuMsPerCall),
    simCpuMsPerCall: round3((simCpuSeconds * 1000) / Math.max(1, calls)),
    cores,
    secondsForScanCallsAllCores: round((scanCalls * sdkCpuMsPerCall) / 1000 / cores),
  };
}

interface SdkCeiling {
  callsPerSecond: number;
  scannerCpuShare: number;
  simCpuShare: number;
  secondsForScanCalls: number;
  sdkCpuMsPerCall: number;
  simCpuMsPerCall: number;
  cores: number;
  secondsForScanCallsAllCores: number;
}

const round = (n: number) => Math.round(n * 100) / 100;
const round3 = (n: number) => Math.round(n * 1000) / 1000;
const mb = (bytes: number) => Math.round(bytes / 1048576);
const cpuSeconds = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1e6;

/** The simulator child's environment: the scanner's NODE_OPTIONS (heap limits under study) are not its own. */
function simEnv(): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _scannerOptions, ...env } = process.env;
  return env;
}
