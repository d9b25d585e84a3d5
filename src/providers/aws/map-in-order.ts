/**
 * Maps items through `fn` with up to `width` calls in flight, yielding results in input order as soon as
 * each is ready. Collectors hydrate resources with it: per-resource calls are paced by the runtime's
 * shared limiter, so several in flight let a collector use the service's rate budget instead of waiting
 * one round trip at a time (20 ms a call makes 1,000 one-at-a-time calls take 20 s), while it still
 * streams and holds at most `width` results. `fn` should not reject (collector calls report failures
 * as values); if it does, the error propagates to the collector.
 */
export async function* mapInOrder<T, R>(items: Iterable<T> | AsyncIterable<T>, width: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  for await (const item of items) {
    pending.push(fn(item));
    if (pending.length >= width) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}

/**
 * Lists the children of up to `width` parents at once (a server's databases, a vault's keys) and yields
 * them parent by parent, in input order. A listing one parent after another is a chain of dependent round
 * trips, and each trip waits its turn at the service's rate limiter: behind a busy limiter the chain, not
 * the limit, sets the collector's pace. Holds at most `width` parents' children. When a parent's listing
 * fails, the children it gave before the failure are yielded and then the error is thrown, in order.
 */
export async function* flatMapInOrder<T, R>(items: Iterable<T> | AsyncIterable<T>, width: number, fn: (item: T) => AsyncIterable<R>): AsyncGenerator<R> {
  const drain = async (item: T): Promise<{ out: R[]; error?: unknown }> => {
    const out: R[] = [];
    try {
      for await (const r of fn(item)) out.push(r);
      return { out };
    } catch (error) {
      return { out, error };
    }
  };
  for await (const { out, error } of mapInOrder(items, width, drain)) {
    yield* out;
    if (error !== undefined) throw error;
  }
}
