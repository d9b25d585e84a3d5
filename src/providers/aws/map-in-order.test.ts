import { describe, expect, it } from 'vitest';
import { mapInOrder } from './map-in-order.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('mapInOrder', () => {
  it('keeps input order with at most `width` calls in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    async function* source() {
      for (let i = 0; i < 30; i++) yield i;
    }
    const out: number[] = [];
    for await (const v of mapInOrder(source(), 4, async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await wait((30 - i) % 4);
      inFlight--;
      return i * 2;
    }))
      out.push(v);
    expect(peak).toBe(4);
    expect(out).toEqual(Array.from({ length: 30 }, (_, i) => i * 2));
  });

  it('overlaps slow calls instead of running them one after another', async () => {
    const t0 = performance.now();
    const out: number[] = [];
    for await (const v of mapInOrder([1, 2, 3, 4, 5, 6, 7, 8], 8, async (i) => (await wait(50), i))) out.push(v);
    expect(out).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(performance.now() - t0).toBeLessThan(300); // one after another would take >= 400 ms
  });

  it('propagates a failure of fn', async () => {
    const run = async () => {
      for await (const _ of mapInOrder([1, 2], 2, async (i) => {
        if (i === 2) throw new Error('boom');
        return i;
      }));
    };
    await expect(run()).rejects.toThrow('boom');
  });
});
