import type { AssetInit } from '../discovery.js';
import type { Asset, CollectionError } from '../../core/asset.js';

/**
 * A call's outcome: the value, with `source` naming the call (`aws:s3:GetBucketAcl`, see `Asset.provenance`;
 * results a collector builds by hand may leave it out), or the failure, already recorded in the scan's errors.
 */
export type CallResult<T> = { ok: true; value: T; source?: string } | { ok: false; error: CollectionError };

export interface CallOptions {
  /** Signing name for the limiter and error reports when it differs from the collector's `service`. */
  service?: string;
  /** The resource the call is about (bucket name, key id, ...): named in the error. */
  resource?: string;
  /**
   * Error codes that mean "this aspect does not exist" (NoSuchBucketPolicy, ...): the call then
   * succeeds with `null` and nothing is recorded as an error.
   */
  absentOn?: string[];
  /** Whether the call is a paginated Describe (EC2 rate-limit category); `pages` sets it, default false. */
  paginated?: boolean;
}

/** Thrown out of `pages` when a listing call fails; the runtime records the collector's coverage as incomplete. */
export class ListingFailed extends Error {
  constructor(readonly error: CollectionError) {
    super(error.message);
    this.name = 'ListingFailed';
  }
}

export interface AwsCollectContext {
  readonly partition: string;
  readonly account: string;
  /** The region being collected; for global collectors, the home region (`us-east-1`). */
  readonly region: string;
  readonly signal: AbortSignal;
  /** An SDK client for this account and region: credentials, endpoint, SDK retries off (the runtime retries). */
  client<C>(ctor: new (config: any) => C, region?: string): C;
  /**
   * One API call through the shared limiter of (account, region, service), with retries on throttling and
   * transient errors. Failures are recorded in the scan's errors and returned, never thrown.
   */
  call<T>(operation: string, fn: () => Promise<T>, opts?: CallOptions & { region?: string }): Promise<CallResult<T | null>>;
  /**
   * Every page of a listing. `fetch` gets the token (undefined first) and returns the page; `next` reads
   * the next token off a page. Throws `ListingFailed` when a page cannot be had.
   */
  pages<P>(operation: string, fetch: (token: string | undefined) => Promise<P>, next: (page: P) => string | undefined, opts?: CallOptions & { region?: string }): AsyncIterable<P>;
  /** A new asset with the common fields filled; `config` and `gaps` start empty. */
  asset(init: AssetInit): Asset;
  /** Puts a call's result on the asset: the value under `config[aspect]`, or the error under `gaps[aspect]`. */
  aspect<T, V = T>(asset: Asset, aspect: string, result: CallResult<T>, map?: (value: T) => V): void;
  /** Count of resources seen, for progress. */
  progress(resources: number): void;
}

export interface AwsCollector {
  /** `aws.<service>.<resources>`, unique. */
  id: string;
  /** SigV4 signing name of the main service (`s3`, `ec2`, `iam`, `monitoring`...). */
  service: string;
  /** Global collectors run once per account (in the home region), regional ones once per enabled region. */
  scope: 'global' | 'regional';
  /** Native types produced. */
  types: string[];
  /** IAM actions the collector needs (documented in the README's permission list; checked by meta-tests). */
  permissions: string[];
  collect(ctx: AwsCollectContext): AsyncIterable<Asset>;
}

/** Tags from the AWS `[{Key, Value}]` shape. */
export function tagsFromList(list: Array<{ Key?: string; Value?: string }> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const t of list ?? []) if (t.Key !== undefined) out[t.Key] = t.Value ?? '';
  return out;
}
