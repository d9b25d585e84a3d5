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

/**
 * Runs the children listings of up to `width` parents at once and yields each child as soon as it comes,
 * whichever parent it belongs to (no order across parents; each parent's children in their order). For
 * parents whose calls are paced by different limits (a KMS location's keys count against that location's
 * quota): in input order, one parent's wait would hold every other parent's budget idle. Holds one pending
 * child per running parent. An error from a listing (or from `items`) stops the whole and is thrown.
 */
export async function* flatMapMerged<T, R>(items: Iterable<T> | AsyncIterable<T>, width: number, fn: (item: T) => AsyncIterable<R>): AsyncGenerator<R> {
  interface Running {
    it: AsyncIterator<R>;
    next: Promise<{ running: Running; result: IteratorResult<R> }>;
  }
  const source = Symbol.asyncIterator in items ? items[Symbol.asyncIterator]() : (items as Iterable<T>)[Symbol.iterator]();
  let sourceDone = false;
  const running = new Set<Running>();
  const pull = (r: Running) => {
    r.next = r.it.next().then((result) => ({ running: r, result }));
    // Marked handled now: it may reject while the consumer holds the last child; the race rethrows it.
    r.next.catch(() => undefined);
  };
  const fill = async () => {
    while (!sourceDone && running.size < Math.max(1, width)) {
      const n = await source.next();
      if (n.done) {
        sourceDone = true;
        break;
      }
      const r = { it: fn(n.value)[Symbol.asyncIterator]() } as Running;
      pull(r);
      running.add(r);
    }
  };
  try {
    await fill();
    while (running.size > 0) {
      const { running: r, result } = await Promise.race([...running].map((x) => x.next));
      if (result.done) {
        running.delete(r);
        await fill();
        continue;
      }
      pull(r);
      yield result.value;
    }
  } finally {
    for (const r of running) void Promise.resolve(r.it.return?.()).catch(() => undefined);
  }
}
