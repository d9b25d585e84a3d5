/**
 * Collectors that break the worker thread running them, for the parallel driver's failure tests
 * (test/scan-aws-parallel.test.ts). Workers import this module by URL (`collectorModule`). Each misbehaves
 * in account TROUBLE_ACCOUNT only and yields nothing elsewhere.
 */
import type { AwsCollector } from '../../src/providers/aws/collector.js';

export const TROUBLE_ACCOUNT = '333333333333';

function collector(id: string, act: () => Promise<void>): AwsCollector {
  return {
    id,
    service: 's3',
    scope: 'global',
    types: ['Test::Worker::Trouble'],
    permissions: [],
    async *collect(ctx) {
      if (ctx.account === TROUBLE_ACCOUNT) await act();
      yield* [];
    },
  };
}

export const collectors: AwsCollector[] = [
  /** An exception nobody catches: the thread dies. */
  collector('test.worker-crash', () => {
    setTimeout(() => {
      throw new Error('simulated crash in a collector');
    }, 10);
    return new Promise(() => undefined);
  }),
  /** A thread stuck in a loop: alive, silent. */
  collector('test.worker-hang', async () => {
    const until = Date.now() + 120_000;
    while (Date.now() < until) {
      // spinning: no message, no tick
    }
  }),
];
