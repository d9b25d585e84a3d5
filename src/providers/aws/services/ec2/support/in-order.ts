/**
 * Maps items through `fn` with up to `concurrency` calls in flight, yielding results in input order as soon
 * as each is ready. Per-resource hydration calls are paced by the runtime's limiter, so running several at
 * once is what lets a collector use the whole rate budget instead of one round trip at a time.
 */
export async function* mapInOrder<T, R>(items: Iterable<T>, concurrency: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  for (const item of items) {
    pending.push(fn(item));
    if (pending.length >= concurrency) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
