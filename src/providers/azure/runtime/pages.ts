/**
 * Older `@azure/arm-*` packages (arm-sql, arm-network, arm-postgresql-flexible, arm-cosmosdb ...) keep a
 * page's continuation token in a side table read with the package's own `getContinuationToken(page)`;
 * newer ones put it on the page. This puts it on the page for the older ones, so `ctx.list` can resume a
 * failed page from its token and knows the last page without asking the iterator once more (a call that
 * would spend a rate-limit token and never reach ARM).
 */
export async function* withTokens<T>(pages: AsyncIterable<T[]>, tokenOf: (page: unknown) => string | undefined): AsyncIterable<T[]> {
  for await (const page of pages) yield Object.assign(page, { continuationToken: tokenOf(page) });
}
