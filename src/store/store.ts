import type { Asset, CollectionError, Provider } from '../core/asset.js';
import type { Finding, FindingState } from '../core/finding.js';
import type { ScanSummary } from '../core/scan.js';
import type { RuleMeta } from '../core/rule.js';
import type { Severity, Status, Verdict } from '../core/verdict.js';

/** One collector run over one scope: lets lookups tell "none exist" from "could not list". */
export interface CoverageEntry {
  provider: Provider;
  account: string;
  region: string;
  /** Collector id, e.g. `aws.s3.buckets`. */
  collector: string;
  /** Native types the collector produces. */
  types: string[];
  ok: boolean;
  /** Why the listing is incomplete, when `ok` is false. */
  error?: CollectionError;
}

export interface EvaluationResult {
  rule: Pick<RuleMeta, 'id' | 'title' | 'severity' | 'compliance'>;
  asset: Asset;
  verdict: Verdict;
}

export interface FindingQuery {
  scanId?: string;
  status?: Status[];
  severity?: Severity[];
  ruleId?: string[];
  account?: string[];
  region?: string[];
  state?: FindingState[];
  /** Only findings failing in this scan that were not failing in the previous one. */
  newOnly?: boolean;
}

export interface ScanDiff {
  from: ScanSummary | null;
  to: ScanSummary;
  new: Finding[];
  resolved: Finding[];
  stillFailing: Finding[];
}

/**
 * Persistence for scans, assets (configuration versioned by content hash), findings with lifecycle,
 * and diffs. Async so that PostgreSQL can fill it too; the SQLite implementation is embedded.
 *
 * Lifecycle: a finding is `open` while its latest verdict is `fail` or `unknown` (needs attention),
 * `resolved` once a later scan that covered its account saw it pass, not apply, or its asset gone
 * (`resolvedAt` set at that transition). `suppressed` is reserved for suppressions.
 * (SQLite implementation and its finer points: `src/store/README.md`.)
 * Writes are transactional; lifecycle changes happen only in `finishScan`, in one transaction, so a
 * scan killed midway leaves earlier history intact and is marked `failed` by the next `open`.
 */
export interface Store {
  /**
   * Starts a scan. `scope`: the (provider, account, region) places it covers (`global` for global resources,
   * `*` for every region of the account); a complete scan resolves findings by absence only inside it.
   */
  beginScan(target: string, scope: Array<{ provider: Provider; account: string; region: string }>): Promise<ScanSummary>;
  /** Adds scope covered after the scan began (accounts found through the organization). */
  addScope(scanId: string, scope: Array<{ provider: Provider; account: string; region: string }>): Promise<void>;
  putAssets(scanId: string, assets: Asset[]): Promise<void>;
  putCoverage(scanId: string, entries: CoverageEntry[]): Promise<void>;
  putErrors(scanId: string, errors: CollectionError[]): Promise<void>;
  /** Streams the scan's assets in id order, a page at a time. */
  assets(scanId: string, filter?: { type?: string[]; account?: string; region?: string }): AsyncIterable<Asset>;
  /** Coverage errors that make a type's listing incomplete in a scope. */
  coverageErrors(scanId: string, type: string, scope: { account: string; region?: string }): Promise<CollectionError[]>;
  putResults(scanId: string, results: EvaluationResult[]): Promise<void>;
  finishScan(scanId: string, status: 'complete' | 'failed'): Promise<ScanSummary>;
  getScan(scanId: string): Promise<ScanSummary | null>;
  /** Newest first. */
  listScans(limit?: number): Promise<ScanSummary[]>;
  findings(query: FindingQuery): Promise<Finding[]>;
  errors(scanId: string): Promise<CollectionError[]>;
  diff(fromScanId: string | null, toScanId: string): Promise<ScanDiff>;
  close(): Promise<void>;
}
