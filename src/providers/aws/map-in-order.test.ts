import { describe, expect, it } from 'vitest';
import { flatMapInOrder, flatMapMerged, mapInOrder } from './map-in-order.js';

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

describe('flatMapMerged', () => {
  it("yields children as they come, a slow parent not holding back the others, each parent's in order", async () => {
    const out: string[] = [];
    let inFlight = 0;
    let peak = 0;
    for await (const c of flatMapMerged([1, 2, 3, 4], 2, async function* (p) {
      inFlight++;
      peak = Math.max(peak, inFlight);
      for (let i = 0; i < 3; i++) {
        await wait(p === 1 ? 60 : 5);
        yield `${p}.${i}`;
      }
      inFlight--;
    }))
      out.push(c);
    expect(out).toHaveLength(12);
    expect(peak).toBe(2);
    // Parents 2, 3 and 4 all finished while parent 1 (slow) was still listing.
    expect(out.slice(0, 9).sort()).toEqual(['2.0', '2.1', '2.2', '3.0', '3.1', '3.2', '4.0', '4.1', '4.2']);
    expect(out.slice(9)).toEqual(['1.0', '1.1', '1.2']);
    for (const p of [2, 3, 4]) expect(out.filter((c) => c.startsWith(`${p}.`))).toEqual([0, 1, 2].map((i) => `${p}.${i}`));
  });

  it('throws a listing error, without an unhandled rejection while the consumer is busy', async () => {
    const out: string[] = [];
    const run = async () => {
      for await (const c of flatMapMerged([1, 2], 2, async function* (p) {
        yield `${p}.0`;
        if (p === 2) throw new Error('listing 2 failed');
        await wait(50);
        yield `${p}.1`;
      })) {
        out.push(c);
        await wait(20); // parent 2 fails meanwhile
      }
    };
    await expect(run()).rejects.toThrow('listing 2 failed');
    expect(out).toContain('1.0');
  });

  it('takes plain iterables and an empty input', async () => {
    const all: number[] = [];
    for await (const c of flatMapMerged(new Set([1, 2]), 4, async function* (p) {
      yield p * 10;
    }))
      all.push(c);
    expect(all.sort()).toEqual([10, 20]);
    for await (const _ of flatMapMerged([], 4, async function* () {
      yield 1;
    }))
      throw new Error('nothing to yield');
  });
});
