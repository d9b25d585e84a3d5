import type { CallResult, GcpApis, GcpCallOptions, GcpCollectContext } from '../../collector.js';

/**
 * Every item of a paged listing as ONE aspect value: each page is a `ctx.call`, and the first page that
 * fails makes the whole aspect a gap (a partial list would read as "not configured").
 */
export async function allPages<P, T>(
  ctx: GcpCollectContext,
  service: keyof GcpApis,
  operation: string,
  fetch: (pageToken: string | undefined) => Promise<P>,
  items: (page: P) => T[] | undefined,
  next: (page: P) => string | undefined | null,
  opts?: GcpCallOptions & { region?: string },
): Promise<CallResult<T[]>> {
  const out: T[] = [];
  let token: string | undefined;
  let source: string | undefined;
  do {
    const page = await ctx.call(service, operation, () => fetch(token), opts);
    if (!page.ok) return page;
    source = page.source;
    if (page.value === null) break;
    out.push(...(items(page.value) ?? []));
    token = next(page.value) ?? undefined;
  } while (token);
  return { ok: true, value: out, source };
}
