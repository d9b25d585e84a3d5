/**
 * The contract of one Google Cloud REST API in the simulator (`sim/gcp/services/<api>.ts`).
 *
 * The estate holds GCP resources in the REST API's JSON shape (as the API reference and
 * `gcloud ... --format=json` show them: camelCase, int64 as strings). Every API is served under its own
 * root on the simulator, `http://127.0.0.1:PORT/<api>/` (for example `/storage/`, `/compute/`,
 * `/sqladmin/`), which is the `rootUrl` the runtime gives that API's `googleapis` client; a route's
 * path is the API's own path after the root (`storage/v1/b`, `compute/v1/projects/{project}/global/firewalls`).
 */
import type { GcpEstate, GcpProjectEstate } from './estate.js';

export interface GcpSimContext {
  readonly estate: GcpEstate;
  /** The project of the route's `{project}` (by project id or number). */
  readonly project: GcpProjectEstate;
  /** Route parameters, decoded. */
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  /** Parsed JSON body (POST), or undefined. */
  readonly body: any;
  /** The project's resources of one section (`buckets`, `firewalls`, `instances` ...), or []. */
  section<T = any>(name: string): T[];
}

/** A Google API error: the engine answers `{ "error": { "code", "message", "status", "errors": [...] } }`. */
export class GcpSimError extends Error {
  constructor(
    /** HTTP status: 403, 404, 429 ... */
    readonly status: number,
    /** Canonical status: `PERMISSION_DENIED`, `NOT_FOUND`, `RESOURCE_EXHAUSTED` ... */
    readonly statusName: string,
    message: string,
    /** Legacy `errors[].reason`: `forbidden`, `notFound`, `rateLimitExceeded` ... */
    readonly reason?: string,
  ) {
    super(message);
    this.name = 'GcpSimError';
  }
}

export interface GcpRoute {
  method: 'GET' | 'POST';
  /** Path after the simulator root, with `{param}` segments: `compute/v1/projects/{project}/global/firewalls`. */
  path: string;
  /** Name used in faults and stats, as the API's method id: `compute.firewalls.list`, `storage.buckets.getIamPolicy`. */
  operation: string;
  /**
   * `list`: the handler returns the items; the engine pages them (`maxResults`/`pageSize`, `pageToken`,
   * `nextPageToken`) and wraps them under `itemsKey` with the extra fields of `wrap` (`kind` ...).
   * `aggregated`: the handler returns `{ [scope]: items }` (`zones/us-central1-a`); the engine pages and wraps them as
   * Compute's aggregatedList does (`items: { scope: { [itemsKey]: [...] } }`).
   * `get`: the handler returns the body.
   */
  kind: 'list' | 'aggregated' | 'get';
  /** Key of the items array in a list response: `items` (storage, compute), `instances`? no: sqladmin uses `items`, IAM `accounts`, logging `sinks` ... */
  itemsKey?: string;
  /** Page size when the caller gives none. */
  defaultPageSize?: number;
  /** Largest page the API allows. */
  maxPageSize?: number;
  /** Extra fields of the list envelope: `{ kind: 'storage#buckets' }`. */
  wrap?: Record<string, unknown>;
  /** Page-size query parameter when it is not the API's usual one (`maxResults` or `pageSize`, see sim/gcp/paging.ts). */
  pageSizeParam?: string;
  /** IAM permission named in a denied call's message (default: the operation, `aggregatedList` read as `list`). */
  permission?: string;
  /**
   * The project of a route without a `{project}` path parameter or `project` query parameter (a bucket's
   * routes find it by bucket name). Undefined: the call is about no project (`-` in faults and stats).
   */
  projectOf?(estate: GcpEstate, params: Record<string, string>, query: URLSearchParams): GcpProjectEstate | undefined;
  handler(ctx: GcpSimContext): unknown;
}

export interface GcpSimService {
  /** The API's short name, also its root on the simulator: `storage`, `compute`, `sqladmin`, `iam`, `cloudresourcemanager`, `logging`, `monitoring`, `cloudkms`, `dns`, `container`, `bigquery`. */
  api: string;
  routes: GcpRoute[];
  /**
   * Benchmark estates: adds `count` generated resources of this API (realistic mix, deterministic from
   * `rand`) to one project's `resources`, in the regions given. Returns how many resources it added.
   */
  generate?(project: import('./estate.js').GcpProjectEstate, count: number, rand: () => number, regions: string[]): number;
}
