import type { CollectionError, Provider } from './asset.js';
import type { Status } from './verdict.js';

export type StatusCounts = Record<Status, number>;

export interface ScanSummary {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  /** What was asked for: `aws`, `demo`, ... */
  target: string;
  status: 'running' | 'complete' | 'failed';
  /** Verdicts by status; `suppressed`: how many of the fail and unknown ones a suppression accepted. */
  counts: { assets: number; suppressed?: number } & StatusCounts;
}

/** What one scan covers. */
export interface ScanScope {
  provider: Provider;
  accounts?: string[];
  regions?: string[];
  services?: string[];
}

export type { CollectionError };

export function emptyCounts(): ScanSummary['counts'] {
  return { assets: 0, pass: 0, fail: 0, unknown: 0, not_applicable: 0 };
}
