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
