import { describe, expect, it } from 'vitest';
import { flatMapInOrder, mapInOrder } from './map-in-order.js';

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

describe('flatMapInOrder', () => {
  async function* children(parent: number, ms: number) {
    for (let i = 0; i < 3; i++) {
      await wait(ms);
      yield `${parent}.${i}`;
    }
  }

  it("yields every parent's children in input order, listing several parents at once", async () => {
    let inFlight = 0;
    let peak = 0;
    const out: string[] = [];
    for await (const c of flatMapInOrder([1, 2, 3, 4, 5, 6], 3, async function* (p) {
      inFlight++;
      peak = Math.max(peak, inFlight);
      yield* children(p, p % 2 ? 30 : 5);
      inFlight--;
    }))
      out.push(c);
    expect(out).toEqual([1, 2, 3, 4, 5, 6].flatMap((p) => [0, 1, 2].map((i) => `${p}.${i}`)));
    // Three listings ran at once, though slow ones (odd parents) held the order back.
    expect(peak).toBe(3);
  });

  it("yields what a failed listing gave, then throws its error in the failed parent's place", async () => {
    const out: string[] = [];
    const run = async () => {
      for await (const c of flatMapInOrder([1, 2, 3], 3, async function* (p) {
        yield `${p}.0`;
        if (p === 2) throw new Error('listing 2 failed');
        yield `${p}.1`;
      }))
        out.push(c);
    };
    await expect(run()).rejects.toThrow('listing 2 failed');
    expect(out).toEqual(['1.0', '1.1', '2.0']);
  });
});
