import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Asset, CollectionError } from '../src/core/asset.js';
import type { AwsCollector } from '../src/providers/aws/collector.js';
import { discoverAws, type AwsScanOptions, type DiscoveryEvent, type DiscoveryResult, type DiscoverySink } from '../src/providers/aws/runtime/discover.js';
import { discoverAwsParallel, type ParallelOptions } from '../src/providers/aws/runtime/parallel.js';
import { bucketsCollectorWith } from '../src/providers/aws/services/s3/buckets.js';
import { awsCollectorsByService } from '../src/providers/aws/services/index.js';
import type { CoverageEntry } from '../src/store/store.js';
import type { Estate, FaultSpec } from '../sim/aws/estate.js';
import { startSimulator, type Simulator } from '../sim/aws/server.js';
import { TEST_RETRY } from './support/aws.js';
import { collectors as troubleCollectors, TROUBLE_ACCOUNT } from './support/worker-collectors.js';

const ACCOUNTS = ['111111111111', '222222222222', '333333333333', '444444444444'];
const DENIED_BUCKET = 'b-222222222222-1';

/** An organization of four accounts, each with S3 buckets and SQS queues in two regions. */
function estate(faults: FaultSpec[] = []): Estate {
  return {
    organization: { id: 'o-test000002', managementAccountId: ACCOUNTS[0]!, memberRoleName: 'OrganizationAccountAccessRole' },
    accounts: ACCOUNTS.map((id, i) => ({
      id,
      name: `account-${i}`,
      regions: ['us-east-1', 'eu-west-1'],
      global: { s3: { buckets: Array.from({ length: 3 + i }, (_, n) => ({ Name: `b-${id}-${n}`, Region: 'us-east-1', CreationDate: '2025-01-01T00:00:00Z' })) } },
      regional: {
        'us-east-1': { sqs: { queues: Array.from({ length: 2 + i }, (_, n) => ({ QueueName: `q-${id}-${n}` })) } },
        'eu-west-1': { sqs: { queues: [{ QueueName: `q-${id}-eu` }] } },
      },
    })),
    faults,
  };
}

const FAULTS: FaultSpec[] = [
  { account: '222222222222', service: 's3', operation: 'GetBucketAcl', resource: DENIED_BUCKET, effect: 'deny' },
  { service: 'sqs', operation: 'GetQueueAttributes', effect: 'throttle', times: 3 },
];

interface Recorded {
  assets: Asset[];
  coverage: CoverageEntry[];
  errors: CollectionError[];
  events: DiscoveryEvent[];
  scope: string[];
  result: DiscoveryResult;
}

function recorder(slowMs = 0): { sink: DiscoverySink; rec: Omit<Recorded, 'result'>; storing: { now: number; max: number } } {
  const rec: Omit<Recorded, 'result'> = { assets: [], coverage: [], errors: [], events: [], scope: [] };
  const storing = { now: 0, max: 0 };
  return {
    rec,
    storing,
    sink: {
      scope: async (entries) => {
        rec.scope.push(...entries.map((e) => `${e.account}|${e.region}`));
      },
      assets: async (batch) => {
        storing.max = Math.max(storing.max, ++storing.now);
        if (slowMs) await sleep(slowMs);
        rec.assets.push(...batch);
        storing.now--;
      },
      coverage: async (entries) => {
        rec.coverage.push(...entries);
      },
      error: (e) => rec.errors.push(e),
      event: (e) => rec.events.push(e),
    },
  };
}

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

async function run(
  collectors: AwsCollector[],
  opts: { parallel?: ParallelOptions; faults?: FaultSpec[]; slowMs?: number; extra?: Partial<AwsScanOptions> } = {},
): Promise<Recorded & { storing: { max: number } }> {
  await sim?.close();
  sim = await startSimulator({ estate: estate(opts.faults) });
  const s = sim;
  const { sink, rec, storing } = recorder(opts.slowMs);
  const scanOpts: AwsScanOptions = {
    org: true,
    endpoint: s.endpoint,
    credentials: async () => ({ ...s.credentials }),
    collectors,
    retry: TEST_RETRY,
    requestTimeoutMs: 3_000,
    ...opts.extra,
  };
  const result = opts.parallel ? await discoverAwsParallel(scanOpts, sink, opts.parallel) : await discoverAws(scanOpts, sink);
  return { ...rec, result, storing };
}

const ids = (assets: Asset[]) => assets.map((a) => a.id).sort();
const covKeys = (c: CoverageEntry[]) => c.map((e) => `${e.account}|${e.region}|${e.collector}|${e.ok}`).sort();
const errKeys = (e: CollectionError[]) => e.map((x) => `${x.account}|${x.service}|${x.operation}|${x.code}|${x.resource ?? ''}`).sort();
const count = (events: DiscoveryEvent[], type: DiscoveryEvent['type']) => events.filter((e) => e.type === type).length;

const S3_AND_SQS = [...(awsCollectorsByService.s3 ?? []), ...(awsCollectorsByService.sqs ?? [])];

describe('parallel AWS discovery over worker threads', () => {
  it('delivers exactly what the inline scan does: every asset once, coverage, errors, and summed call stats', async () => {
    const inline = await run(S3_AND_SQS, { faults: FAULTS });
    const par = await run(S3_AND_SQS, { faults: FAULTS, parallel: { workers: 2 } });

    expect(inline.result.workers).toBeUndefined();
    expect(par.result.workers).toBe(2);
    expect(par.result.accounts.sort()).toEqual(ACCOUNTS);

    // Every asset exactly once, and the same ones as inline (buckets, queues, account and region assets).
    expect(new Set(ids(par.assets)).size).toBe(par.assets.length);
    expect(ids(par.assets)).toEqual(ids(inline.assets));
    expect(par.assets.some((a) => a.type === 'AWS::SQS::Queue' && a.region === 'eu-west-1')).toBe(true);
    expect(par.result.resources).toBe(inline.result.resources);

    // One coverage entry per account × region × collector, all complete; scope as inline.
    expect(new Set(covKeys(par.coverage)).size).toBe(par.coverage.length);
    expect(covKeys(par.coverage)).toEqual(covKeys(inline.coverage));
    expect(par.coverage.every((c) => c.ok)).toBe(true);
    expect(par.scope.sort()).toEqual(inline.scope.sort());

    // The denied call comes through as an error and as a gap on its asset.
    expect(errKeys(par.errors)).toEqual(errKeys(inline.errors));
    expect(par.errors).toContainEqual(expect.objectContaining({ account: '222222222222', operation: 'GetBucketAcl', code: 'AccessDenied', resource: DENIED_BUCKET }));
    expect(par.assets.find((a) => a.name === DENIED_BUCKET)?.gaps.acl).toMatchObject({ code: 'AccessDenied' });

    // Stats summed over the workers: the same calls and retries as inline, and the calls events add up.
    expect(par.result.stats).toEqual(inline.result.stats);
    expect(par.result.stats.retries).toBe(3);
    expect(par.result.stats.retryCodes).toEqual({ RequestThrottled: 3 });
    const callsEvents = par.events.flatMap((e) => (e.type === 'calls' ? [e.count] : []));
    expect(callsEvents.reduce((a, b) => a + b, 0)).toBe(par.result.stats.calls);

    expect(count(par.events, 'accounts')).toBe(1);
    expect(count(par.events, 'account-start')).toBe(ACCOUNTS.length);
    expect(count(par.events, 'account-done')).toBe(ACCOUNTS.length);
    expect(count(par.events, 'collector-done')).toBe(count(inline.events, 'collector-done'));
  });

  it('stores batches one at a time and completes with a slow store and one unacknowledged batch per worker', async () => {
    const par = await run(S3_AND_SQS, { parallel: { workers: 2, maxUnackedBatches: 1 }, slowMs: 25, extra: { accountConcurrency: 4 } });
    expect(par.storing.max).toBe(1);
    expect(par.coverage).toHaveLength(ACCOUNTS.length * (2 + 2 * 1)); // 2 global S3 collectors, 1 SQS collector × 2 regions
    expect(new Set(ids(par.assets)).size).toBe(par.assets.length);
    expect(par.assets.filter((a) => a.type === 'AWS::S3::Bucket')).toHaveLength(3 + 4 + 5 + 6);
  });

  it('fails the accounts of a crashed worker as WorkerFailed and scans the rest', async () => {
    const crash = troubleCollectors.find((c) => c.id === 'test.worker-crash')!;
    const par = await run([...S3_AND_SQS, crash], {
      parallel: { workers: 2, collectorModule: pathToFileURL(resolve('test/support/worker-collectors.ts')).href },
      // One account per worker at a time: only the crashing account is lost; the survivor takes the rest.
      extra: { accountConcurrency: 2 },
    });
    const failed = par.errors.filter((e) => e.code === 'WorkerFailed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ account: TROUBLE_ACCOUNT, code: 'WorkerFailed' });
    expect(failed[0]?.message).toMatch(new RegExp(`account ${TROUBLE_ACCOUNT}.*simulated crash`));

    const trouble = par.coverage.filter((c) => c.account === TROUBLE_ACCOUNT);
    expect(trouble.find((c) => c.collector === 'test.worker-crash')).toMatchObject({ ok: false, error: { code: 'WorkerFailed' } });
    // Every listing of the lost account is accounted for, once.
    expect(new Set(trouble.map((c) => `${c.region}|${c.collector}`)).size).toBe(trouble.length);
    expect(trouble.length).toBeGreaterThanOrEqual(1 + 2);
    expect(par.assets.filter((a) => a.type === 'AWS::::Account').map((a) => a.account).sort()).toEqual(ACCOUNTS);

    for (const account of ACCOUNTS.filter((a) => a !== TROUBLE_ACCOUNT)) {
      expect(par.coverage.filter((c) => c.account === account).every((c) => c.ok)).toBe(true);
      expect(par.assets.filter((a) => a.account === account && a.type === 'AWS::S3::Bucket').length).toBeGreaterThan(0);
    }
    expect(count(par.events, 'account-done')).toBe(ACCOUNTS.length);
    expect(par.result.stats.failures).toBeGreaterThanOrEqual(1);
  });

  it('stops a hung worker instead of waiting for it', { timeout: 90_000 }, async () => {
    const hang = troubleCollectors.find((c) => c.id === 'test.worker-hang')!;
    const t0 = performance.now();
    const par = await run([...(awsCollectorsByService.s3 ?? []), hang], {
      parallel: { workers: 2, stallMs: 6_000, collectorModule: pathToFileURL(resolve('test/support/worker-collectors.ts')).href },
      extra: { accountConcurrency: 2 },
    });
    // Bounded by the stall timeout (6 s: generous, so that a healthy worker on a loaded machine is not taken for hung).
    expect(performance.now() - t0).toBeLessThan(45_000);
    expect(par.errors).toContainEqual(expect.objectContaining({ account: TROUBLE_ACCOUNT, code: 'WorkerFailed', message: expect.stringMatching(/hung/) }));
    expect(par.coverage.filter((c) => c.account !== TROUBLE_ACCOUNT).every((c) => c.ok)).toBe(true);
  });

  it('reports workers that run out of heap as WorkerFailed for every account, and returns', async () => {
    const par = await run(S3_AND_SQS, { parallel: { workers: 2, workerHeapMb: 8 } });
    const failed = par.errors.filter((e) => e.code === 'WorkerFailed');
    expect(failed.map((e) => e.account).sort()).toEqual(ACCOUNTS);
    expect(failed[0]?.message).toMatch(/ran out of memory \(heap limit 8 MB/);
    expect(par.coverage).toHaveLength(ACCOUNTS.length * 3); // global S3 collectors, and SQS in the home region
    expect(par.coverage.every((c) => !c.ok && c.error?.code === 'WorkerFailed')).toBe(true);
    expect(par.assets.filter((a) => a.type === 'AWS::::Account')).toHaveLength(ACCOUNTS.length);
  });

  it('scans inline when a collector is not the registry’s own or there is one worker', async () => {
    const custom = [bucketsCollectorWith({ pageSize: 2 })];
    const notPortable = await run(custom, { parallel: { workers: 2 } });
    expect(notPortable.result.workers).toBeUndefined();
    expect(notPortable.assets.filter((a) => a.type === 'AWS::S3::Bucket')).toHaveLength(3 + 4 + 5 + 6);
    const one = await run(S3_AND_SQS, { parallel: { workers: 1 } });
    expect(one.result.workers).toBeUndefined();
  });
});
