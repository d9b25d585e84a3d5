import type { CollectionError } from '../../core/asset.js';

/** Where a collector runs. */
export interface CollectorScope {
  provider: string;
  account: string;
  region: string;
  /** Service (signing name or folder): `s3`, `ec2`. */
  service: string;
  /** Collector id: `aws.s3.buckets`. */
  collector: string;
}

/**
 * What a long scan reports as it goes. Counters (`resources`, `calls`) are increments; the rest are
 * happenings. Senders need not send every kind: a display shows what it gets.
 */
export type ProgressEvent =
  /** The plan, or a revision of it (accounts found through the organization). */
  | { type: 'plan'; provider: string; accounts: number; regions: number }
  | { type: 'phase'; phase: 'discover' | 'assess' | 'store' | 'report' | (string & {}); detail?: string }
  | { type: 'account-start'; provider: string; account: string; regions?: number }
  | { type: 'account-done'; provider: string; account: string }
  | ({ type: 'collector-start' } & CollectorScope)
  | ({ type: 'collector-done'; resources: number; ok: boolean } & CollectorScope)
  /** Resources found (increment), attributed when known. */
  | { type: 'resources'; count: number; account?: string; region?: string; service?: string }
  /** API calls made (increment). */
  | { type: 'calls'; count: number }
  | { type: 'retry'; provider: string; account: string; region: string; service: string; operation: string; code: string; attempt: number; delayMs?: number }
  | { type: 'error'; error: CollectionError }
  /** Assessment progress (increments). */
  | { type: 'evaluated'; assets: number; results: number };

/** Where progress goes. Implementations write to stderr: stdout carries reports. */
export interface ProgressSink {
  update(e: ProgressEvent): void;
  /** A message for the user, shown without disturbing the live display. */
  log(line: string): void;
  /** The scan is over: final state shown, timers stopped. Later calls do nothing. */
  done(): void;
}
