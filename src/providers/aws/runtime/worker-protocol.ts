import type { Provider } from '../../../core/asset.js';
/** Messages between the parallel scan driver (parallel.ts) and its worker threads (worker.ts). */
import type { AwsCredentialIdentity } from '@smithy/types';
import type { Asset, CollectionError } from '../../../core/asset.js';
import type { CoverageEntry } from '../../../store/store.js';
import type { CallStats, RetryPolicy } from './context.js';
import type { DiscoveryEvent } from './discover.js';

/** What a worker is started with (`workerData`): everything serializable; credentials come over the port. */
export interface WorkerInit {
  home: string;
  partition: string;
  callerAccount: string;
  endpoint?: string;
  memberRole?: string;
  regions?: string[];
  /** Collector ids, looked up in the built-in registry (and in `collectorModule`). */
  collectorIds: string[];
  /** URL of a module exporting `collectors: AwsCollector[]`, for collectors outside the registry. */
  collectorModule?: string;
  retry: RetryPolicy;
  requestTimeoutMs: number;
  /** Asset batches the worker may have sent before the driver acknowledged them as stored. */
  maxUnackedBatches: number;
}

/** An error as it crosses the port: enough for `classify` to see the same code, status and message. */
export interface WireError {
  name?: string;
  message: string;
  code?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
}

export type FromWorker =
  | { t: 'scope'; id: number; entries: Array<{ provider: Provider; account: string; region: string }> }
  | { t: 'assets'; id: number; batch: Asset[] }
  | { t: 'coverage'; id: number; entries: CoverageEntry[] }
  | { t: 'error'; error: CollectionError }
  | { t: 'event'; event: DiscoveryEvent }
  /** About once a second: the calls event and the worker's running totals. */
  | { t: 'tick'; event: DiscoveryEvent; stats: CallStats }
  | { t: 'credentials'; id: number }
  /** Scanning the account threw (not a collector's failure: those are coverage); the worker goes on with the others. */
  | { t: 'account-failed'; account: string; message: string }
  | { t: 'done'; stats: CallStats };

export type ToWorker =
  | { t: 'ack'; id: number }
  | { t: 'credentials'; id: number; value?: AwsCredentialIdentity; error?: WireError }
  | { t: 'account'; account: string }
  /** No more accounts: report the totals once the ones in hand are done. */
  | { t: 'finish' }
  | { t: 'abort' };

export function toWireError(e: unknown): WireError {
  const err = e as { name?: unknown; message?: unknown; code?: unknown; Code?: unknown; $metadata?: { httpStatusCode?: unknown } } | undefined;
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const status = err?.$metadata?.httpStatusCode;
  return {
    name: str(err?.name),
    message: str(err?.message) ?? String(e),
    code: str(err?.code),
    Code: str(err?.Code),
    ...(typeof status === 'number' ? { $metadata: { httpStatusCode: status } } : {}),
  };
}

export function fromWireError(w: WireError): Error {
  const e = new Error(w.message);
  if (w.name) e.name = w.name;
  return Object.assign(e, {
    ...(w.code ? { code: w.code } : {}),
    ...(w.Code ? { Code: w.Code } : {}),
    ...(w.$metadata ? { $metadata: w.$metadata } : {}),
  });
}
