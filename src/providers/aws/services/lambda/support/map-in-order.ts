/**
 * Maps items through `fn` with up to `width` calls in flight, yielding results in input order as soon as
 * each is ready. Per-resource hydration is paced by the runtime's limiter, so keeping several resources
 * in flight lets a collector use the service's rate budget instead of waiting one round trip at a time,
 * while still streaming and holding at most `width` results. `fn` must not reject (collector calls
 * report failures as values). Shared by the Lambda, EKS, ELBv2 and ECR collectors.
 */
export async function* mapInOrder<T, R>(items: Iterable<T>, width: number, fn: (item: T) => Promise<R>): AsyncGenerator<R> {
  const pending: Array<Promise<R>> = [];
  for (const item of items) {
    pending.push(fn(item));
    if (pending.length >= width) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
