/**
 * Every item of a child listing (firewall rules, configurations ...), for an aspect whose value is the
 * whole list: used inside `ctx.call`, so a failed page makes the aspect a gap rather than a short list.
 */
export async function allOf<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}
