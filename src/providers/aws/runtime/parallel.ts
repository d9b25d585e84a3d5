/**
 * Discovery over several worker threads, partitioned by account. The scanner is CPU-bound (SDK
 * serialization, signing and parsing) long before AWS's rate limits bind, so one thread leaves the other
 * cores idle. This thread resolves the caller and the account list once, then hands accounts to workers
 * (worker.ts) as they have room; each worker runs the ordinary per-account scan with its own clients and
 * limiter — accounts never share a rate-limit bucket, so no limiter spans threads. Everything for the sink
 * comes back over the ports and is applied here, in arrival order, so the store stays in this thread.
 *
 * A worker that crashes, hangs or throws does not take the scan with it: its unfinished accounts get
 * `WorkerFailed` errors and incomplete coverage for every listing not already recorded, and the other
 * accounts are scanned as usual.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { CollectionError } from '../../../core/asset.js';
import type { CoverageEntry } from '../../../store/store.js';
import type { AwsCollector } from '../collector.js';
import { awsCollectors } from '../services/index.js';
import { DEFAULT_RETRY, type CallStats } from './context.js';
import { resolveScope, scanAccountsInline, type AwsScanOptions, type DiscoveryEvent, type DiscoveryResult, type DiscoverySink, type ResolvedScope } from './discover.js';
import { accountAsset } from './scope-assets.js';
import { toWireError, type FromWorker, type ToWorker, type WorkerInit } from './worker-protocol.js';

export interface ParallelOptions {
  /**
   * Worker threads. Default: `PARAPET_SCAN_WORKERS` if set, else the available parallelism; never more
   * than the accounts. 1 (or a single account) scans in this thread, exactly as `discoverAws`.
   */
  workers?: number;
  /**
   * URL of a module exporting `collectors: AwsCollector[]` that workers import to find collectors outside
   * the built-in registry. Without it, a scan with such a collector runs inline.
   */
  collectorModule?: string;
  /** Asset batches a worker may send before the previous ones are stored. Default 4. */
  maxUnackedBatches?: number;
  /** A worker that sends nothing for this long (it ticks every second) is taken as hung. Default 120 s. */
  stallMs?: number;
  /**
   * Old-generation heap limit of each worker, in MB. Default `PARAPET_SCAN_WORKER_HEAP_MB`, else 1024. A
   * worker holds about 100 MB live (mostly the SDK's code and schemas); with V8's default limit it lets its
   * heap grow to about 400 MB between major collections, while under a 1 GB limit V8 grows the heap by a
   * smaller factor: about 200 MB less per worker for about 8% more CPU (benchmark: 838 MB instead of
   * 1,250 MB peak, 45.6 s instead of 42 s). A worker that runs out of heap fails its accounts.
   */
  workerHeapMb?: number;
}

/** Like `discoverAws`, over worker threads when there are several accounts and cores. */
export async function discoverAwsParallel(opts: AwsScanOptions, sink: DiscoverySink, par: ParallelOptions = {}): Promise<DiscoveryResult> {
  const scope = await resolveScope(opts);
  sink.event({ type: 'accounts', accounts: scope.accounts, provider: 'aws' });
  const workers = workerCount(par.workers, scope.accounts.length);
  const collectorIds = workers > 1 ? await portableCollectors(opts.collectors, par.collectorModule) : undefined;
  if (!collectorIds) return scanAccountsInline(scope, opts, sink);
  return new ParallelScan(scope, opts, sink, par, workers, collectorIds).run();
}

/**
 * Scanning threads: as asked (`--workers`, `PARAPET_SCAN_WORKERS`), else one per core but one, which the
 * main thread keeps for the store and for judging accounts as their discovery completes; one (2 cores or
 * fewer) scans inline. Each worker loads its own SDK clients (about 250 MB with its heap), so more threads
 * buy speed with memory: on the 2-core machine, 50,000 resources took 116 s / 576 MB inline and
 * 98 s / 942 MB with two workers.
 */
export function workerCount(requested: number | undefined, accounts: number, cores = availableParallelism()): number {
  const env = Number(process.env.PARAPET_SCAN_WORKERS);
  const n = requested ?? (Number.isFinite(env) && env >= 1 ? env : cores - 1);
  return Math.max(1, Math.min(Math.floor(n), accounts));
}

/** The collectors' ids when a worker can find each of them by id (the very same object), else undefined. */
async function portableCollectors(collectors: AwsCollector[], collectorModule: string | undefined): Promise<string[] | undefined> {
  const extra: AwsCollector[] = collectorModule ? ((await import(collectorModule)) as { collectors: AwsCollector[] }).collectors : [];
  // A collector the module exports is taken by id (the worker imports its own copy of the module); one from
  // the registry must be the registry's very object (not, say, a copy with test-sized pages).
  const found = (c: AwsCollector) => extra.some((x) => x.id === c.id) || awsCollectors.find((x) => x.id === c.id) === c;
  return collectors.every(found) ? collectors.map((c) => c.id) : undefined;
}

/**
 * The worker's entry: the compiled `worker.js` beside this module, or — when this module is TypeScript run
 * through tsx (`npm run bench`, vitest, an unbuilt checkout) — `worker.ts` behind tsx's loader, registered
 * inside the worker (Node 20 does not apply `--import` hooks given in a worker's execArgv).
 */
function startWorker(workerData: WorkerInit, resourceLimits: ResourceLimits): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here), { workerData, resourceLimits });
  const entry = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsxApi(here))}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}

/** tsx's ESM API (its `--import` loader registers on the main thread only). */
function tsxApi(here: string): string {
  try {
    return import.meta.resolve('tsx/esm/api');
  } catch {
    // Module runners without import.meta.resolve (vitest): the require condition's path has an ESM twin.
    return pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  }
}

interface Thread {
  worker: Worker;
  /** Accounts handed to it and not done. */
  active: Set<string>;
  stats: CallStats;
  lastSeen: number;
  /** Told there are no more accounts. */
  finishing: boolean;
  /** Sent `done`: its exit is the normal end. */
  done: boolean;
  exited: boolean;
  /** Why it is being stopped (hung, scan failed), for the accounts it leaves. */
  reason?: string;
}

interface AccountState {
  regions?: string[];
  scoped: boolean;
  hasAccountAsset: boolean;
  /** `region|collector` of coverage entries received. */
  covered: Set<string>;
  done: boolean;
}

class ParallelScan {
  private readonly pending: string[];
  private readonly threads: Thread[] = [];
  private readonly accounts = new Map<string, AccountState>();
  private readonly perThread: number;
  private readonly failures: CallStats = { calls: 0, retries: 0, failures: 0, retryCodes: {} };
  private resources = 0;
  /** Sink calls, one after another in arrival order. */
  private chain: Promise<void> = Promise.resolve();
  private fatal: { error: unknown } | undefined;
  private finished!: () => void;

  constructor(
    private readonly scope: ResolvedScope,
    private readonly opts: AwsScanOptions,
    private readonly sink: DiscoverySink,
    private readonly par: ParallelOptions,
    private readonly workers: number,
    private readonly collectorIds: string[],
  ) {
    this.pending = [...scope.accounts];
    for (const a of scope.accounts) this.accounts.set(a, { scoped: false, hasAccountAsset: false, covered: new Set(), done: false });
    // The inline driver's account concurrency, spread over the workers.
    this.perThread = Math.max(1, Math.ceil((opts.accountConcurrency ?? 8) / workers));
  }

  async run(): Promise<DiscoveryResult> {
    const allExited = new Promise<void>((resolve) => (this.finished = resolve));
    const init: WorkerInit = {
      home: this.scope.home,
      partition: this.scope.partition,
      callerAccount: this.scope.callerAccount,
      endpoint: this.opts.endpoint,
      memberRole: this.opts.memberRole,
      regions: this.opts.regions,
      collectorIds: this.collectorIds,
      collectorModule: this.par.collectorModule,
      retry: this.opts.retry ?? DEFAULT_RETRY,
      requestTimeoutMs: this.opts.requestTimeoutMs ?? 30_000,
      maxUnackedBatches: this.par.maxUnackedBatches ?? 4,
    };
    const envHeap = Number(process.env.PARAPET_SCAN_WORKER_HEAP_MB);
    const heapMb = this.par.workerHeapMb ?? (Number.isFinite(envHeap) && envHeap > 0 ? envHeap : 1024);
    for (let n = 0; n < this.workers; n++) this.threads.push(this.spawn(init, { maxOldGenerationSizeMb: heapMb }));
    // Round-robin to start with, so the first accounts spread over every worker.
    for (let progress = true; progress; ) {
      progress = false;
      for (const t of this.threads) if (this.pending.length && t.active.size < this.perThread && this.give(t)) progress = true;
    }
    for (const t of this.threads) this.refill(t);

    const onAbort = () => this.threads.forEach((t) => this.send(t, { t: 'abort' }));
    this.opts.signal?.addEventListener('abort', onAbort);
    if (this.opts.signal?.aborted) onAbort();
    const stallMs = this.par.stallMs ?? 120_000;
    const every = Math.min(5_000, stallMs);
    let lastCheck = performance.now();
    const watchdog = setInterval(() => {
      const late = performance.now() - lastCheck > 2 * every;
      lastCheck = performance.now();
      // This thread was busy (a long store write): the workers' messages are still queued, not missing.
      if (late) return;
      for (const t of this.threads)
        if (!t.exited && !t.done && performance.now() - t.lastSeen > stallMs) this.stop(t, `no word from it for ${Math.round(stallMs / 1000)} s (hung)`);
    }, every);
    try {
      await allExited;
      await this.chain;
    } finally {
      clearInterval(watchdog);
      this.opts.signal?.removeEventListener('abort', onAbort);
    }
    if (this.fatal) throw this.fatal.error;
    return { callerAccount: this.scope.callerAccount, accounts: this.scope.accounts, stats: this.totals(), resources: this.resources, workers: this.workers };
  }

  private spawn(init: WorkerInit, limits: ResourceLimits): Thread {
    const worker = startWorker(init, limits);
    const t: Thread = { worker, active: new Set(), stats: { calls: 0, retries: 0, failures: 0, retryCodes: {} }, lastSeen: performance.now(), finishing: false, done: false, exited: false };
    worker.on('message', (m: FromWorker) => this.onMessage(t, m));
    worker.on('error', (e: Error & { code?: string }) => {
      t.reason ??=
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `it ran out of memory (heap limit ${limits.maxOldGenerationSizeMb} MB; raise PARAPET_SCAN_WORKER_HEAP_MB)`
          : `${e.name}: ${e.message}`;
    });
    worker.on('messageerror', (e) => {
      t.reason ??= `a message could not be read: ${e.message}`;
      void worker.terminate();
    });
    worker.on('exit', (code) => this.onExit(t, code));
    return t;
  }

  private send(t: Thread, m: ToWorker): void {
    if (!t.exited) t.worker.postMessage(m);
  }

  /** Runs a sink call after the ones before it; a failing sink (the store) fails the whole scan. */
  private enqueue(fn: () => unknown): Promise<boolean> {
    const step = this.chain.then(async () => {
      if (this.fatal) return false;
      try {
        await fn();
        return true;
      } catch (error) {
        this.fatal = { error };
        for (const t of this.threads) this.stop(t, 'the scan failed');
        return false;
      }
    });
    this.chain = step.then(() => undefined);
    return step;
  }

  private ackAfter(t: Thread, id: number, fn: () => unknown): void {
    void this.enqueue(fn).then((ok) => {
      if (ok) this.send(t, { t: 'ack', id });
    });
  }

  private onMessage(t: Thread, m: FromWorker): void {
    t.lastSeen = performance.now();
    switch (m.t) {
      case 'scope':
        for (const e of m.entries) this.state(e.account).scoped = true;
        this.ackAfter(t, m.id, () => this.sink.scope(m.entries));
        break;
      case 'assets': {
        const first = m.batch[0];
        if (first?.type === 'AWS::::Account') this.state(first.account).hasAccountAsset = true;
        this.ackAfter(t, m.id, () => this.sink.assets(m.batch));
        break;
      }
      case 'coverage':
        for (const e of m.entries) this.state(e.account).covered.add(`${e.region}|${e.collector}`);
        this.ackAfter(t, m.id, () => this.sink.coverage(m.entries));
        break;
      case 'error':
        void this.enqueue(() => this.sink.error(m.error));
        break;
      case 'event':
        this.onEvent(t, m.event);
        break;
      case 'tick':
        t.stats = m.stats;
        void this.enqueue(() => this.sink.event(m.event));
        break;
      case 'credentials':
        this.scope.base().then(
          ({ accessKeyId, secretAccessKey, sessionToken, expiration, credentialScope, accountId }) =>
            this.send(t, { t: 'credentials', id: m.id, value: { accessKeyId, secretAccessKey, sessionToken, expiration, credentialScope, accountId } }),
          (e: unknown) => this.send(t, { t: 'credentials', id: m.id, error: toWireError(e) }),
        );
        break;
      case 'account-failed':
        this.failAccount(m.account, m.message);
        t.active.delete(m.account);
        this.refill(t);
        break;
      case 'done':
        t.stats = m.stats;
        t.done = true;
        void t.worker.terminate();
        break;
    }
  }

  private onEvent(t: Thread, e: DiscoveryEvent): void {
    if (e.type === 'account-start') this.state(e.account).regions = e.regions;
    if (e.type === 'collector-done') this.resources += e.resources;
    void this.enqueue(() => this.sink.event(e));
    if (e.type === 'account-done') {
      this.state(e.account).done = true;
      t.active.delete(e.account);
      this.refill(t);
    }
  }

  private state(account: string): AccountState {
    let s = this.accounts.get(account);
    if (!s) {
      s = { scoped: false, hasAccountAsset: false, covered: new Set(), done: false };
      this.accounts.set(account, s);
    }
    return s;
  }

  private give(t: Thread): boolean {
    const account = this.pending.shift();
    if (account === undefined) return false;
    t.active.add(account);
    this.send(t, { t: 'account', account });
    return true;
  }

  /** Tops the worker up to its share of accounts, or tells it to finish when none are left. */
  private refill(t: Thread): void {
    if (t.exited || t.done || this.fatal) return;
    while (this.pending.length && t.active.size < this.perThread) this.give(t);
    if (!this.pending.length && t.active.size === 0 && !t.finishing) {
      t.finishing = true;
      this.send(t, { t: 'finish' });
    }
  }

  private stop(t: Thread, reason: string): void {
    if (t.exited) return;
    t.reason ??= reason;
    void t.worker.terminate();
  }

  private onExit(t: Thread, code: number): void {
    t.exited = true;
    if (!t.done) {
      const reason = t.reason ?? `the worker thread exited with code ${code}`;
      for (const account of t.active) this.failAccount(account, reason);
      t.active.clear();
      // Nobody left to take the remaining accounts: they fail the same way.
      if (this.threads.every((x) => x.exited || x.done)) for (const account of this.pending.splice(0)) this.failAccount(account, `no scanning thread left (${reason})`);
      else for (const x of this.threads) this.refill(x);
    }
    if (this.threads.length === this.workers && this.threads.every((x) => x.exited)) this.finished();
  }

  /** Records an account its worker could not finish: the error, and every listing not covered as incomplete. */
  private failAccount(account: string, reason: string): void {
    const s = this.state(account);
    if (s.done) return;
    s.done = true;
    this.failures.failures++;
    const { home, partition } = this.scope;
    const error: CollectionError = {
      provider: 'aws',
      account,
      region: home,
      service: 'parapet',
      operation: 'scan',
      code: 'WorkerFailed',
      message: `the worker thread scanning account ${account} failed: ${reason}`,
    };
    const missing: CoverageEntry[] = [];
    for (const c of this.opts.collectors) {
      const regions = c.scope === 'global' ? ['global'] : (s.regions ?? [home]);
      for (const region of regions)
        if (!s.covered.has(`${region}|${c.id}`)) missing.push({ provider: 'aws', account, region, collector: c.id, types: c.types, ok: false, error });
    }
    void this.enqueue(async () => {
      this.sink.error(error);
      if (!s.scoped) await this.sink.scope([{ provider: 'aws', account, region: 'global' }]);
      if (!s.hasAccountAsset) await this.sink.assets([accountAsset(partition, account, { ok: false, error })]);
      if (missing.length) await this.sink.coverage(missing);
      this.sink.event({ type: 'account-done', account });
    });
  }

  private totals(): CallStats {
    const out: CallStats = { calls: 0, retries: 0, failures: 0, retryCodes: {} };
    for (const s of [...this.threads.map((t) => t.stats), this.failures]) {
      out.calls += s.calls;
      out.retries += s.retries;
      out.failures += s.failures;
      for (const [code, n] of Object.entries(s.retryCodes)) out.retryCodes[code] = (out.retryCodes[code] ?? 0) + n;
    }
    return out;
  }
}
