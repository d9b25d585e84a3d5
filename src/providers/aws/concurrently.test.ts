import { describe, expect, it } from 'vitest';
import { concurrently } from './concurrently.js';

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('concurrently', () => {
  it('yields every result, skipping nulls, with at most `limit` in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    async function* source() {
      for (let i = 0; i < 50; i++) yield i;
    }
    const out: number[] = [];
    for await (const v of concurrently(source(), 4, async (i) => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await wait(i % 3);
      inFlight--;
      return i % 10 === 0 ? null : i * 2;
    }))
      out.push(v);
    expect(peak).toBe(4);
    expect(out.sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i).filter((i) => i % 10 !== 0).map((i) => i * 2));
  });

  it('overlaps slow calls instead of running them one after another', async () => {
    const t0 = performance.now();
    const out = [];
    for await (const v of concurrently([1, 2, 3, 4, 5, 6, 7, 8], 8, async (i) => (await wait(50), i))) out.push(v);
    expect(out).toHaveLength(8);
    expect(performance.now() - t0).toBeLessThan(300); // one after another would be >= 400 ms
  });

  it('propagates a failure of fn', async () => {
    const run = async () => {
      for await (const _ of concurrently([1, 2], 2, async (i) => {
        if (i === 2) throw new Error('boom');
        return i;
      }));
    };
    await expect(run()).rejects.toThrow('boom');
  });
});
