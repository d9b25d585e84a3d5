/**
 * Maps `fn` over `source` with at most `limit` calls in flight, yielding results as they complete
 * (null/undefined results are skipped). Collectors hydrate items with it so per-resource calls overlap:
 * with 20 ms of latency a call, one-at-a-time hydration of 1,000 buckets would take 20 s alone, while the
 * shared limiter still keeps the rate within AWS's limits.
 */
export async function* concurrently<T, R>(source: AsyncIterable<T> | Iterable<T>, limit: number, fn: (item: T) => Promise<R | null | undefined>): AsyncGenerator<R> {
  const it: AsyncIterator<T> | Iterator<T> = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : (source as Iterable<T>)[Symbol.iterator]();
  const running = new Map<number, Promise<{ id: number; value: R | null | undefined }>>();
  let next = 0;
  let exhausted = false;
  for (;;) {
    while (!exhausted && running.size < limit) {
      const n = await it.next();
      if (n.done) {
        exhausted = true;
        break;
      }
      const id = next++;
      running.set(id, fn(n.value).then((value) => ({ id, value })));
    }
    if (running.size === 0) return;
    const done = await Promise.race(running.values());
    running.delete(done.id);
    if (done.value !== null && done.value !== undefined) yield done.value;
  }
}

/** How many items a collector hydrates at once by default. */
export const HYDRATE_IN_FLIGHT = 16;
