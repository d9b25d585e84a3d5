/**
 * Maps an async stream with up to `width` calls of `fn` in flight, yielding results in input order. Lets a
 * collector hydrate a few buckets at once (S3 allows thousands of requests per second; one bucket at a
 * time would leave the scan waiting on latency) while still streaming and holding at most `width` items.
 * `fn` must not reject: collector calls report failures as values.
 */
export async function* mapInOrder<I, O>(items: AsyncIterable<I>, width: number, fn: (item: I) => Promise<O>): AsyncIterable<O> {
  const inFlight: Array<Promise<O>> = [];
  for await (const item of items) {
    inFlight.push(fn(item));
    if (inFlight.length >= width) yield await inFlight.shift()!;
  }
  while (inFlight.length) yield await inFlight.shift()!;
}
