import type { AssetInit } from '../discovery.js';
import type { Asset } from '../../core/asset.js';
import type { CallResult } from '../aws/collector.js';

export type { CallResult };
export { ListingFailed } from '../aws/collector.js';

export interface GcpCallOptions {
  /** The resource the call is about (its full resource name or short name): named in the error. */
  resource?: string;
  /** Error reasons/statuses that mean "this aspect does not exist" (`notFound`, `NOT_FOUND`): the call then succeeds with `null`. */
  absentOn?: string[];
}

/** What a GCP collector gets for one project. */
export interface GcpCollectContext {
  readonly projectId: string;
  readonly projectNumber: string;
  readonly signal: AbortSignal;
  /**
   * A `googleapis` API client for this scan (auth, rootUrl — the simulator or a private endpoint —, retries
   * off, timeout), built once and shared: `ctx.api('storage')` returns `storage_v1.Storage`.
   */
  api<K extends keyof GcpApis>(name: K): GcpApis[K];
  /**
   * One API call through the project's shared limiter for that API, with retries on 429/5xx. Failures are
   * recorded in the scan's errors (provider gcp, account = project id, region, service = the API,
   * operation = the method id such as `storage.buckets.getIamPolicy`, code = the error reason/status) and
   * returned, never thrown.
   */
  call<T>(service: keyof GcpApis, operation: string, fn: () => Promise<T>, opts?: GcpCallOptions & { region?: string }): Promise<CallResult<T | null>>;
  /**
   * Every item of a paged listing: `fetch(pageToken)` returns the response body, `items` reads the items off
   * it and `next` its `nextPageToken`. Throws `ListingFailed` when a page cannot be had.
   */
  list<P, T>(service: keyof GcpApis, operation: string, fetch: (pageToken: string | undefined) => Promise<P>, items: (page: P) => T[] | undefined, next: (page: P) => string | undefined | null, opts?: GcpCallOptions & { region?: string }): AsyncIterable<T>;
  asset(init: AssetInit): Asset;
  aspect<T, V = T>(asset: Asset, aspect: string, result: CallResult<T>, map?: (value: T) => V): void;
  progress(resources: number): void;
}

/** The `googleapis` clients collectors use, by API name (the simulator serves each under `/<name>/`). */
export interface GcpApis {
  storage: import('googleapis/build/src/apis/storage/v1.js').storage_v1.Storage;
  compute: import('googleapis/build/src/apis/compute/v1.js').compute_v1.Compute;
  sqladmin: import('googleapis/build/src/apis/sqladmin/v1.js').sqladmin_v1.Sqladmin;
  iam: import('googleapis/build/src/apis/iam/v1.js').iam_v1.Iam;
  cloudresourcemanager: import('googleapis/build/src/apis/cloudresourcemanager/v3.js').cloudresourcemanager_v3.Cloudresourcemanager;
  cloudresourcemanagerV1: import('googleapis/build/src/apis/cloudresourcemanager/v1.js').cloudresourcemanager_v1.Cloudresourcemanager;
  logging: import('googleapis/build/src/apis/logging/v2.js').logging_v2.Logging;
  monitoring: import('googleapis/build/src/apis/monitoring/v3.js').monitoring_v3.Monitoring;
  cloudkms: import('googleapis/build/src/apis/cloudkms/v1.js').cloudkms_v1.Cloudkms;
  dns: import('googleapis/build/src/apis/dns/v1.js').dns_v1.Dns;
  container: import('googleapis/build/src/apis/container/v1.js').container_v1.Container;
  bigquery: import('googleapis/build/src/apis/bigquery/v2.js').bigquery_v2.Bigquery;
}

export interface GcpCollector {
  /** `gcp.<service>.<resources>`, unique. */
  id: string;
  service: keyof GcpApis;
  types: string[];
  /** IAM permissions the collector needs (`storage.buckets.list` ...), listed by `parapet permissions gcp`. */
  permissions: string[];
  collect(ctx: GcpCollectContext): AsyncIterable<Asset>;
}
