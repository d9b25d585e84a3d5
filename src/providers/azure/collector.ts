import type { AssetInit } from '../discovery.js';
import type { TokenCredential } from '@azure/core-auth';
import type { Asset } from '../../core/asset.js';
import type { CallResult } from '../aws/collector.js';

export type { CallResult };
export { ListingFailed } from '../aws/collector.js';

/**
 * Options every `@azure/arm-*` client is built with (endpoint, TLS trust for the simulator, retry off —
 * the runtime paces and retries — and the per-request timeout).
 */
export type AzureClientOptions = Record<string, unknown>;

export interface AzureCallOptions {
  /** The resource the call is about (its ARM id or name): named in the error. */
  resource?: string;
  /** Error codes that mean "this aspect does not exist" (`ResourceNotFound`, 404 on a singleton ...): the call then succeeds with `null`. */
  absentOn?: string[];
}

/** What an Azure collector gets for one subscription. */
export interface AzureCollectContext {
  readonly tenantId: string;
  readonly subscriptionId: string;
  readonly signal: AbortSignal;
  readonly credential: TokenCredential;
  /** Options to construct any `@azure/arm-*` client with: `new StorageManagementClient(ctx.credential, ctx.subscriptionId, ctx.clientOptions)`. */
  readonly clientOptions: AzureClientOptions;
  /** A client, built once per subscription and reused: `ctx.client(StorageManagementClient)`. */
  client<C>(ctor: new (credential: TokenCredential, subscriptionId: string, options?: any) => C): C;
  /**
   * One ARM call through the subscription's shared limiter, with retries on 429/5xx (honouring
   * Retry-After). Failures are recorded in the scan's errors (provider azure, account = subscription id,
   * region, service, operation, code) and returned, never thrown.
   */
  call<T>(service: string, operation: string, fn: () => Promise<T>, opts?: AzureCallOptions & { region?: string }): Promise<CallResult<T | null>>;
  /**
   * Every item of an ARM listing (`PagedAsyncIterableIterator`, followed page by page through the
   * limiter). Throws `ListingFailed` when a page cannot be had. Pass the continuation token through
   * (`(token) => client.x.list().byPage({ continuationToken: token })`): a retried page resumes from it,
   * since a page iterator that threw is finished.
   */
  list<T>(service: string, operation: string, iterate: (continuationToken?: string) => AsyncIterable<T[]>, opts?: AzureCallOptions & { region?: string }): AsyncIterable<T>;
  /** A new asset with provider/account filled; `region` defaults to `global`. */
  asset(init: AssetInit): Asset;
  /** Puts a call's result on the asset: the plain JSON value (Dates as ISO strings) under `config[aspect]`, or the error under `gaps[aspect]`. */
  aspect<T, V = T>(asset: Asset, aspect: string, result: CallResult<T>, map?: (value: T) => V): void;
  progress(resources: number): void;
}

export interface AzureCollector {
  /** `azure.<service>.<resources>`, unique. */
  id: string;
  /** Short service name used in errors and the limiter: `storage`, `network`, `compute`, `sql` ... */
  service: string;
  types: string[];
  /** Azure RBAC actions the collector needs (read actions, or read-only POSTs), listed by `parapet permissions azure`. */
  permissions: string[];
  collect(ctx: AzureCollectContext): AsyncIterable<Asset>;
}
