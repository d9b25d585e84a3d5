/**
 * Pages list and aggregatedList responses the way Google's APIs do: the page size parameter
 * (`maxResults` or `pageSize`, per API), an opaque `pageToken` in and `nextPageToken` out; the items
 * under the API's key (`items`, `accounts`, `sinks` ...), omitted on an empty page as Google omits it.
 */
import { GcpSimError, type GcpRoute } from './service.js';

/** APIs whose list methods take `maxResults`; the newer ones take `pageSize`. */
const MAX_RESULTS_APIS = new Set(['storage', 'compute', 'sqladmin', 'dns', 'bigquery']);

export function pageSizeParam(api: string, route: GcpRoute & { pageSizeParam?: string }): string {
  return route.pageSizeParam ?? (MAX_RESULTS_APIS.has(api) ? 'maxResults' : 'pageSize');
}

function offsetOf(token: string | null): number {
  if (!token) return 0;
  try {
    const o = (JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown }).o;
    if (typeof o === 'number' && Number.isInteger(o) && o >= 0) return o;
  } catch {
    // fall through: an unreadable token is the caller's error
  }
  throw new GcpSimError(400, 'INVALID_ARGUMENT', `Invalid page token: ${token}`, 'invalid');
}

const tokenOf = (offset: number): string => Buffer.from(JSON.stringify({ o: offset })).toString('base64url');

function sizeOf(api: string, route: GcpRoute & { pageSizeParam?: string }, query: URLSearchParams): number {
  const raw = query.get(pageSizeParam(api, route));
  const max = route.maxPageSize ?? 500;
  const def = route.defaultPageSize ?? max;
  if (raw === null || raw === '') return def;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0) throw new GcpSimError(400, 'INVALID_ARGUMENT', `Invalid value for ${pageSizeParam(api, route)}: ${raw}`, 'invalid');
  return n === 0 ? def : Math.min(n, max);
}

export function pageList(api: string, route: GcpRoute, query: URLSearchParams, items: unknown[]): Record<string, unknown> {
  const size = sizeOf(api, route, query);
  const start = offsetOf(query.get('pageToken'));
  const page = items.slice(start, start + size);
  const out: Record<string, unknown> = { ...(route.wrap ?? {}) };
  if (page.length) out[route.itemsKey ?? 'items'] = page;
  if (start + size < items.length) out.nextPageToken = tokenOf(start + size);
  return out;
}

/**
 * Compute's aggregatedList: items of every scope (`zones/us-central1-a`) paged as one sequence; a page's
 * `items` maps each scope it touches to `{ [itemsKey]: [...] }`, and scopes with nothing get the
 * `NO_RESULTS_ON_PAGE` warning Compute puts there.
 */
export function pageAggregated(api: string, route: GcpRoute, query: URLSearchParams, byScope: Record<string, unknown[]>): Record<string, unknown> {
  const key = route.itemsKey ?? 'items';
  const flat: Array<[string, unknown]> = [];
  for (const [scope, list] of Object.entries(byScope)) for (const it of list) flat.push([scope, it]);
  const size = sizeOf(api, route, query);
  const start = offsetOf(query.get('pageToken'));
  const items: Record<string, unknown> = {};
  for (const [scope, it] of flat.slice(start, start + size)) {
    const slot = (items[scope] ??= { [key]: [] }) as Record<string, unknown[]>;
    slot[key]!.push(it);
  }
  for (const scope of Object.keys(byScope)) {
    items[scope] ??= {
      warning: { code: 'NO_RESULTS_ON_PAGE', message: `There are no results for scope '${scope}' on this page.`, data: [{ key: 'scope', value: scope }] },
    };
  }
  const out: Record<string, unknown> = { ...(route.wrap ?? {}), items };
  if (start + size < flat.length) out.nextPageToken = tokenOf(start + size);
  return out;
}
