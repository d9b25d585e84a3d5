/**
 * The contract of one Azure Resource Manager service in the simulator (`sim/azure/services/<svc>.ts`).
 *
 * The estate holds Azure resources in ARM's wire shape (the JSON of the REST API reference, with
 * `properties` nested, as `az resource show` prints it); a route's handler returns that wire JSON, and the
 * official `@azure/arm-*` client deserializes it into its models. When the SDK model has a field as
 * undefined, the simulator's JSON is wrong.
 */
import type { AzureEstate, AzureSubscriptionEstate } from './estate.js';

export interface AzureSimContext {
  readonly estate: AzureEstate;
  /** The subscription of the route's `{subscriptionId}`; routes without one get the first visible. */
  readonly subscription: AzureSubscriptionEstate;
  /** Route parameters by name, decoded: `{ resourceGroupName: 'rg-prod', accountName: 'prodlogs' }`. */
  readonly params: Record<string, string>;
  readonly query: URLSearchParams;
  /** The subscription's resources of one section (`storageAccounts`, `networkSecurityGroups` ...), or []. */
  section<T = any>(name: string): T[];
}

/** An ARM error: the engine answers `{ "error": { "code", "message" } }` with the status. */
export class AzureSimError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
    this.name = 'AzureSimError';
  }
}

export interface AzureRoute {
  method: 'GET' | 'POST';
  /**
   * The ARM path template as the REST reference writes it, matched case-insensitively:
   * `/subscriptions/{subscriptionId}/providers/Microsoft.Storage/storageAccounts`. Scope parameters
   * (`{resourceUri}`, `{scope}`, `{scopeId}`, `{resourceId}`) span several segments; when templates
   * overlap, the one with more literal segments wins (see routes.ts).
   */
  path: string;
  /** Name used in faults and stats: `<ResourceProvider>/<operationGroup>.<method>`, e.g. `Microsoft.Storage/storageAccounts.list`. */
  operation: string;
  /**
   * The RBAC action a `deny` fault names in its AuthorizationFailed message; default: the operation's
   * type path + `/read` (`Microsoft.Storage/storageAccounts.list` → `Microsoft.Storage/storageAccounts/read`).
   */
  action?: string;
  /**
   * `list`: the handler returns an array; the engine pages it as ARM does (`{ value, nextLink }`,
   * `pageSize` items a page, the next link carrying `$skiptoken`).
   * `get`: the handler returns the body (an object), or throws AzureSimError (404 `ResourceNotFound` ...).
   */
  kind: 'list' | 'get';
  /** Items per page for `list` (ARM's typical default: 100 for most providers). */
  pageSize?: number;
  handler(ctx: AzureSimContext): unknown;
}

export interface AzureSimService {
  /** Short name: `storage`, `network`, `compute`, `sql` ... */
  name: string;
  routes: AzureRoute[];
  /**
   * Benchmark estates: adds `count` generated resources of this service (realistic mix of good and bad
   * configurations, deterministic from `rand`) to one subscription's `resources`, in `location`s given.
   * Returns how many resources it added (each counts as one expected asset in the benchmark).
   */
  generate?(sub: import('./estate.js').AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number;
}
