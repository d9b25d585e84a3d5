import { describe, expect, it } from 'vitest';
import type { ClientFactory } from './clients.js';
import { createCollectContext, type CallStats } from './context.js';
import { CallGate, SharedLimiter } from './limiter.js';

describe('CallGate (calls in flight per thread)', () => {
  it('admits up to its limit, then first come first served', async () => {
    const gate = new CallGate(2);
    const order: string[] = [];
    expect(gate.enter()).toBeUndefined();
    expect(gate.enter()).toBeUndefined();
    const c = gate.enter()!.then(() => order.push('c'));
    const d = gate.enter()!.then(() => order.push('d'));
    gate.leave();
    await c;
    expect(order).toEqual(['c']);
    gate.leave();
    await d;
    expect(order).toEqual(['c', 'd']);
    gate.leave();
    gate.leave();
    expect(gate.enter()).toBeUndefined();
  });

  it('lets other calls through while a call waits to retry', async () => {
    const gate = new CallGate(1);
    const stats: CallStats = { calls: 0, retries: 0, failures: 0, retryCodes: {} };
    const ctx = createCollectContext({
      partition: 'aws', account: '111111111111', region: 'us-east-1', service: 'sqs',
      clients: {} as ClientFactory, limiter: new SharedLimiter(), gate, stats,
      retry: { throttleAttempts: 3, transientAttempts: 3, baseDelayMs: 200, maxDelayMs: 200 },
      signal: new AbortController().signal,
      onError: () => undefined, onResources: () => undefined,
    });
    const log: string[] = [];
    let first = true;
    const a = ctx.call('GetQueueAttributes', async () => {
      log.push(first ? 'a1' : 'a2');
      if (first) {
        first = false;
        throw Object.assign(new Error('boom'), { name: 'InternalError', $metadata: { httpStatusCode: 500 } });
      }
      return 'a';
    });
    await new Promise((r) => setTimeout(r, 5));
    const b = ctx.call('ListQueues', async () => {
      log.push('b');
      return 'b';
    });
    expect(await Promise.all([a, b])).toEqual([{ ok: true, value: 'a', source: 'aws:sqs:GetQueueAttributes' }, { ok: true, value: 'b', source: 'aws:sqs:ListQueues' }]);
    expect(log).toEqual(['a1', 'b', 'a2']);
    expect(stats).toMatchObject({ calls: 3, retries: 1, failures: 0 });
  });
});
