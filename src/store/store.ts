import type { Asset, CollectionError, Provider } from '../core/asset.js';
import type { Finding, FindingState, Suppression } from '../core/finding.js';
import type { ScanSummary } from '../core/scan.js';
import type { RuleMeta } from '../core/rule.js';
import type { ControlStatus } from '../core/framework.js';
import type { Evidence, Severity, Status, Verdict } from '../core/verdict.js';

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
  /** `compliance`: every framework control mapping the rule (from the framework files). */
  rule: Pick<RuleMeta, 'id' | 'title' | 'severity' | 'compliance' | 'version'> &
    Partial<Pick<RuleMeta, 'providers'>> & {
      /** Custom rules only: what reports show to fix it, kept with the scan (built-in rules ship with Parapet). */
      guidance?: Pick<RuleMeta, 'title' | 'rationale' | 'remediation' | 'references'>;
    };
  asset: Asset;
  verdict: Verdict;
  /** The suppression that accepted a failing or unknown verdict (kept with the result and in the evidence record). */
  suppression?: Suppression;
  /** The API operations (`aws:s3:GetBucketAcl`) or source files the observed values came from. */
  sources?: string[];
}

/**
 * One evaluation as the evidence log keeps it (append-only, hash-chained; see `src/store/README.md`).
 * `hash` = sha256 hex of `prevHash` followed by the canonical JSON of every other field.
 */
export interface EvidenceRecord {
  seq: number;
  scanId: string;
  /** When the evaluation happened (ISO). */
  at: string;
  ruleId: string;
  ruleVersion: number;
  severity: Severity;
  assetId: string;
  provider: Provider;
  account: string;
  region: string;
  assetType: string;
  status: Status;
  reason: string;
  /** The fields read, what was observed, what was expected. */
  observed: Evidence[];
  /** API operations or source files that produced the observed values. */
  sources: string[];
  compliance: ComplianceRefLike[];
  /** Present when a suppression accepted the verdict: who accepted the risk, why, until when, declared where. */
  suppression?: Suppression;
  prevHash: string;
  hash: string;
}

type ComplianceRefLike = { framework: string; control: string };

export interface EvidenceQuery {
  scanId?: string;
  ruleIds?: string[];
  /** ISO timestamps, inclusive. */
  since?: string;
  until?: string;
}

/** Result of re-walking the evidence chain. */
export interface ChainCheck {
  ok: boolean;
  records: number;
  /** Hash of the last record (null when empty). */
  head: string | null;
  /** The first problem found: which record, and what is wrong with it. */
  problem?: { seq: number; kind: 'edited' | 'reordered' | 'missing' | 'truncated'; message: string };
}

/** A posture score of one scope of a scan (`docs/scoring.md`). */
export interface ScoreRow {
  scope: 'total' | 'provider' | 'account' | 'framework';
  /** '' for total; `aws`; `aws:123456789012`; a framework id. */
  key: string;
  /** 0–100, null when nothing was judged. */
  score: number | null;
  passWeight: number;
  judgedWeight: number;
  pass: number;
  fail: number;
  unknown: number;
}

/** A control's status in one scan, with the resource verdict counts behind it. */
export interface ControlRow {
  framework: string;
  control: string;
  status: ControlStatus;
  pass: number;
  fail: number;
  unknown: number;
  not_applicable: number;
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
 * (`resolvedAt` set at that transition). `suppressed`: its latest verdict is `fail` or `unknown` but a suppression
 * accepted it (kept on the result); it re-opens when a later scan judges it without one.
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
  /** As `findings`, in the same order, read as consumed: what reports over a whole scan should use. */
  streamFindings(query: FindingQuery): AsyncIterable<Finding>;
  /** The rules that judged something in the scan, with the compliance refs and providers they carried then. */
  scanRules(scanId: string): Promise<Array<{ id: string; title: string; severity: Severity; compliance: ComplianceRefLike[]; providers: Provider[]; guidance?: NonNullable<EvaluationResult['rule']['guidance']> }>>;
  errors(scanId: string): Promise<CollectionError[]>;
  diff(fromScanId: string | null, toScanId: string): Promise<ScanDiff>;
  /** Evidence records in chain order (seq), filtered. */
  evidence(query: EvidenceQuery): AsyncIterable<EvidenceRecord>;
  /** Re-walks the whole chain and names the first edited, reordered, missing or truncated record. */
  verifyEvidence(): Promise<ChainCheck>;
  putScores(scanId: string, scores: ScoreRow[]): Promise<void>;
  /** Score history of one scope (complete scans, oldest first), at most `limit` (newest kept). */
  scoreHistory(scope: ScoreRow['scope'], key: string, limit?: number): Promise<Array<ScoreRow & { scanId: string; at: string }>>;
  /** Every score of one scan. */
  scores(scanId: string): Promise<ScoreRow[]>;
  putControls(scanId: string, rows: ControlRow[]): Promise<void>;
  /** Control status of a scan (all frameworks, or one). */
  controls(scanId: string, framework?: string): Promise<ControlRow[]>;
  close(): Promise<void>;
}
