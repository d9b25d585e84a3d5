import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { classify } from './errors.js';
import { WorkerLink } from './worker-link.js';
import { toWireError, type FromWorker } from './worker-protocol.js';

const batch = (n: number) => [{ id: `a${n}` } as Asset];
const tick = () => new Promise((resolve) => setImmediate(resolve));

function link(max: number) {
  const sent: FromWorker[] = [];
  return { sent, link: new WorkerLink((m) => sent.push(m), max) };
}

describe('WorkerLink (a worker’s end of the port)', () => {
  it('sends at most maxUnackedBatches asset batches ahead of the acknowledgements', async () => {
    const { sent, link: l } = link(2);
    const calls = [1, 2, 3, 4, 5].map((n) => l.sink.assets(batch(n)));
    await tick();
    const assets = () => sent.filter((m): m is Extract<FromWorker, { t: 'assets' }> => m.t === 'assets');
    expect(assets().map((m) => m.batch[0]?.id)).toEqual(['a1', 'a2']);
    expect(l.unackedBatches).toBe(2);

    l.receive({ t: 'ack', id: assets()[0]!.id });
    await tick();
    expect(assets().map((m) => m.batch[0]?.id)).toEqual(['a1', 'a2', 'a3']);
    expect(l.unackedBatches).toBe(2);

    for (const m of assets()) l.receive({ t: 'ack', id: m.id });
    await tick();
    for (const m of assets().slice(3)) l.receive({ t: 'ack', id: m.id });
    await Promise.all(calls);
    expect(assets().map((m) => m.batch[0]?.id)).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(l.unackedBatches).toBe(0);
  });

  it('resolves scope and coverage when the driver acknowledges them; errors and events go at once', async () => {
    const { sent, link: l } = link(4);
    let stored = false;
    const p = l.sink.coverage([]).then(() => (stored = true));
    l.sink.error({ provider: 'aws', account: '1', region: 'r', service: 's', operation: 'o', code: 'c', message: 'm' });
    l.sink.event({ type: 'account-done', account: '1' });
    await tick();
    expect(stored).toBe(false);
    expect(sent.map((m) => m.t)).toEqual(['coverage', 'error', 'event']);
    const cov = sent[0] as Extract<FromWorker, { t: 'coverage' }>;
    expect(l.receive({ t: 'ack', id: cov.id })).toBe(true);
    await p;
    expect(stored).toBe(true);
    expect(l.receive({ t: 'finish' })).toBe(false);
  });

  it('asks the driver for credentials and rebuilds its errors as classify sees them', async () => {
    const { sent, link: l } = link(1);
    const ok = l.credentials();
    const bad = l.credentials();
    const [a, b] = sent as Array<Extract<FromWorker, { t: 'credentials' }>>;
    l.receive({ t: 'credentials', id: a!.id, value: { accessKeyId: 'AK', secretAccessKey: 'SK' } });
    const denied = Object.assign(new Error('no'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    l.receive({ t: 'credentials', id: b!.id, error: toWireError(denied) });
    await expect(ok).resolves.toEqual({ accessKeyId: 'AK', secretAccessKey: 'SK' });
    const e = await bad.catch((x: unknown) => x);
    expect(classify(e)).toMatchObject({ code: 'AccessDenied', status: 403, message: 'no' });
  });
});
