import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { Asset, CollectionError, Provider } from '../../core/asset.js';
import { findingId, type Finding, type FindingState, type Suppression } from '../../core/finding.js';
import type { ComplianceRef } from '../../core/rule.js';
import { emptyCounts, type ScanSummary } from '../../core/scan.js';
import { SEVERITIES, STATUSES, type Evidence, type Severity, type Status } from '../../core/verdict.js';
import type { ChainCheck, ControlRow, CoverageEntry, EvaluationResult, EvidenceQuery, EvidenceRecord, FindingQuery, ScanDiff, ScoreRow, Store } from '../store.js';
import { PostureTables } from './posture.js';
import { EvidenceLog } from './evidence.js';
import { assetVersion, newScanId } from './canonical.js';
import { migrate } from './schema.js';

export interface SqliteStoreOptions {
  /**
   * Regions where global collectors run (a global collector's coverage entry may carry one of these instead
   * of `global`); such an entry applies to every region the collector has no entry of its own for.
   */
  homeRegions?: string[];
  /** Assets per page when streaming `assets()`. */
  pageSize?: number;
  /** How long a write waits for another connection's lock before failing (ms). */
  busyTimeoutMs?: number;
}

export const DEFAULT_HOME_REGIONS = ['us-east-1', 'us-gov-west-1', 'cn-north-1'];

type ScopeEntry = { provider: Provider; account: string; region: string };

interface ScanRow {
  seq: number;
  id: string;
  target: string;
  status: ScanSummary['status'];
  failure: string | null;
  started_at: string;
  finished_at: string | null;
  owner_host: string | null;
  owner_pid: number | null;
  owner_token: string | null;
  assets: number;
  pass: number;
  fail: number;
  unknown: number;
  not_applicable: number;
  suppressed: number;
}

interface FindingRow {
  id: string;
  rule_id: string;
  asset_id: string;
  title: string;
  severity: Severity;
  compliance: string;
  status: Status;
  reason: string;
  evidence: string;
  state: FindingState;
  first_seen: string;
  last_seen: string;
  resolved_at: string | null;
  suppression: string | null;
  provider: Provider;
  account: string;
  region: string;
  type: string;
  kind: string;
  name: string;
}

interface CoverageRow {
  provider: Provider;
  account: string;
  region: string;
  collector: string;
  error: string | null;
}

const ASSET_COLUMNS = 'a.provider AS provider, a.account AS account, a.region AS region, a.type AS type, a.kind AS kind, a.name AS name';

const GONE_PREFIX = 'The asset was not found by scan ';
const GONE_SUFFIX = ', which covered its account and region';

/** Reason given to a finding resolved because its asset was not seen by a scan that covered it. */
export function goneReason(scanId: string): string {
  return `${GONE_PREFIX}${scanId}${GONE_SUFFIX}`;
}

/** Latest state of every finding: lifecycle from `findings`, verdict from the results of its `verdict_scan`. */
const LATEST_FINDINGS = `SELECT f.id AS id, f.rule_id AS rule_id, f.asset_id AS asset_id, sr.title AS title, f.severity AS severity,
  sr.compliance AS compliance, f.status AS status,
  CASE WHEN f.gone_scan IS NULL THEN r.reason ELSE '${GONE_PREFIX}' || g.id || '${GONE_SUFFIX}' END AS reason,
  CASE WHEN f.gone_scan IS NULL THEN r.evidence ELSE '[]' END AS evidence,
  f.state AS state, f.first_seen AS first_seen, f.last_seen AS last_seen, f.resolved_at AS resolved_at,
  CASE WHEN f.gone_scan IS NULL AND r.status IN ('fail', 'unknown') THEN r.suppression END AS suppression, ${ASSET_COLUMNS}
  FROM findings f
  JOIN assets a ON a.id = f.asset_id
  JOIN results r ON r.scan = f.verdict_scan AND r.asset_id = f.asset_id AND r.rule_id = f.rule_id
  JOIN scan_rules sr ON sr.scan = f.verdict_scan AND sr.rule_id = f.rule_id
  LEFT JOIN scans g ON g.seq = f.gone_scan`;

/** One scan's verdicts with the lifecycle from `findings` (derived from the verdict when the pair has none yet). */
const scanFindings = (param: string) => `SELECT r.finding_id AS id, r.rule_id AS rule_id, r.asset_id AS asset_id, sr.title AS title,
  sr.severity AS severity, sr.compliance AS compliance, r.status AS status, r.reason AS reason, r.evidence AS evidence,
  CASE WHEN r.status IN ('fail', 'unknown') AND r.suppression IS NOT NULL THEN 'suppressed'
    WHEN f.state IS NULL OR f.state = 'suppressed' THEN CASE WHEN r.status IN ('fail', 'unknown') THEN 'open' ELSE 'resolved' END
    ELSE f.state END AS state,
  coalesce(f.first_seen, s.started_at) AS first_seen, coalesce(f.last_seen, s.started_at) AS last_seen,
  f.resolved_at AS resolved_at, CASE WHEN r.status IN ('fail', 'unknown') THEN r.suppression END AS suppression, ${ASSET_COLUMNS}
  FROM results r
  JOIN scans s ON s.seq = r.scan
  JOIN scan_rules sr ON sr.scan = r.scan AND sr.rule_id = r.rule_id
  JOIN assets a ON a.id = r.asset_id
  LEFT JOIN findings f ON f.id = r.finding_id
  WHERE r.scan = ${param}`;

/** Whether scan `param`'s scope covers the asset columns of `q` (global assets: any scope entry of the account). */
const inScope = (param: string, q: string) => `EXISTS (SELECT 1 FROM scan_scope sc WHERE sc.scan = ${param}
  AND sc.provider = ${q}.provider AND sc.account = ${q}.account AND (sc.region IN ('*', ${q}.region) OR ${q}.region = 'global'))`;

const SEVERITY_ORDER = `CASE q.severity ${SEVERITIES.map((s, i) => `WHEN '${s}' THEN ${i}`).join(' ')} ELSE ${SEVERITIES.length} END`;
const ORDER = `ORDER BY ${SEVERITY_ORDER}, q.rule_id, q.asset_id`;

/**
 * Fills `temp.prev_scan` on `db` with, for every (provider, account, region) the scan judged assets in, the
 * latest complete scan before it whose scope covered that place: "the previous scan" as far as those assets go.
 */
function fillPrevious(db: Database.Database, seq: number): void {
  db.exec(`CREATE TEMP TABLE IF NOT EXISTS prev_scan (provider TEXT, account TEXT, region TEXT, prev INTEGER,
    PRIMARY KEY (provider, account, region)) WITHOUT ROWID`);
  db.exec('DELETE FROM temp.prev_scan');
  db.prepare(
    `INSERT INTO temp.prev_scan (provider, account, region, prev)
     SELECT k.provider, k.account, k.region,
       (SELECT max(s.seq) FROM scans s WHERE s.status = 'complete' AND s.seq < @scan AND ${inScope('s.seq', 'k')})
     FROM (SELECT DISTINCT a.provider AS provider, a.account AS account, a.region AS region
           FROM results r JOIN assets a ON a.id = r.asset_id WHERE r.scan = @scan) k`,
  ).run({ scan: seq });
}

/** How long a connection waits for a lock before it gives up (default 30 s). */
const busyTimeoutOf = (opts: SqliteStoreOptions) => Math.max(0, Math.floor(opts.busyTimeoutMs ?? 30_000));

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseJson<T>(text: string | null, fallback: T): T {
  if (text === null) return fallback;
  return JSON.parse(text) as T;
}

/**
 * `Store` on an embedded SQLite database (better-sqlite3, WAL). See `src/store/README.md` for the schema
 * and the lifecycle rules.
 */
export class SqliteStore implements Store {
  readonly db: Database.Database;
  private readonly homeRegions: string;
  private readonly pageSize: number;
  private readonly busyTimeoutMs: number;
  /** Identifies this instance as the writer of the scans it began (see `writable`). */
  private readonly token = randomBytes(8).toString('hex');
  private readonly stmts: ReturnType<SqliteStore['prepare']>;
  private closed = false;
  private postureTables: PostureTables | undefined;
  private readonly evidenceLog: EvidenceLog;

  private constructor(db: Database.Database, opts: SqliteStoreOptions) {
    this.db = db;
    this.homeRegions = JSON.stringify(opts.homeRegions ?? DEFAULT_HOME_REGIONS);
    this.pageSize = opts.pageSize ?? 500;
    this.busyTimeoutMs = busyTimeoutOf(opts);
    this.stmts = this.prepare();
    this.evidenceLog = new EvidenceLog(db);
  }

  /**
   * Opens (creating if needed) and migrates the database at `path` (`:memory:` for a private one), and marks
   * scans left `running` by a process that is gone as `failed` (`interrupted`).
   */
  static open(path: string, opts: SqliteStoreOptions = {}): SqliteStore {
    if (path !== ':memory:' && path !== '') mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    try {
      db.pragma(`busy_timeout = ${busyTimeoutOf(opts)}`);
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.pragma('temp_store = DEFAULT');
      db.pragma('cache_size = -32768');
      migrate(db);
      const store = new SqliteStore(db, opts);
      store.markInterrupted();
      return store;
    } catch (e) {
      db.close();
      throw e;
    }
  }

  private prepare() {
    const db = this.db;
    return {
      scanById: db.prepare<[string], ScanRow>('SELECT * FROM scans WHERE id = ?'),
      insertScan: db.prepare(
        `INSERT INTO scans (id, target, status, started_at, owner_host, owner_pid, owner_token) VALUES (?, ?, 'running', ?, ?, ?, ?)`,
      ),
      insertScope: db.prepare('INSERT OR IGNORE INTO scan_scope (scan, provider, account, region) VALUES (?, ?, ?, ?)'),
      reviveScan: db.prepare(`UPDATE scans SET status = 'running', failure = NULL, finished_at = NULL WHERE seq = ?`),
      upsertAsset: db.prepare(
        `INSERT INTO assets (id, provider, account, region, type, kind, name) VALUES (@id, @provider, @account, @region, @type, @kind, @name)
         ON CONFLICT (id) DO UPDATE SET provider = excluded.provider, account = excluded.account, region = excluded.region,
           type = excluded.type, kind = excluded.kind, name = excluded.name
         WHERE (assets.provider, assets.account, assets.region, assets.type, assets.kind, assets.name)
           IS NOT (excluded.provider, excluded.account, excluded.region, excluded.type, excluded.kind, excluded.name)`,
      ),
      insertAssetIfNew: db.prepare(
        `INSERT OR IGNORE INTO assets (id, provider, account, region, type, kind, name) VALUES (@id, @provider, @account, @region, @type, @kind, @name)`,
      ),
      insertVersion: db.prepare('INSERT OR IGNORE INTO asset_versions (asset_id, hash, first_scan, body) VALUES (?, ?, ?, ?)'),
      upsertScanAsset: db.prepare(
        `INSERT INTO scan_assets (scan, asset_id, version, account, region, type, observed_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (scan, asset_id) DO UPDATE SET version = excluded.version, account = excluded.account, region = excluded.region,
           type = excluded.type, observed_at = excluded.observed_at`,
      ),
      upsertCoverage: db.prepare(
        `INSERT INTO coverage (scan, provider, account, region, collector, types, ok, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (scan, account, collector, region, provider) DO UPDATE SET types = excluded.types, ok = excluded.ok, error = excluded.error`,
      ),
      insertError: db.prepare(
        'INSERT INTO errors (scan, provider, account, region, service, operation, code, message, resource) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      upsertRule: db.prepare(
        `INSERT INTO scan_rules (scan, rule_id, title, severity, compliance, providers, guidance) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (scan, rule_id) DO UPDATE SET title = excluded.title, severity = excluded.severity, compliance = excluded.compliance,
           providers = excluded.providers, guidance = excluded.guidance`,
      ),
      upsertResult: db.prepare(
        `INSERT INTO results (scan, asset_id, rule_id, finding_id, status, reason, evidence, suppression) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (scan, asset_id, rule_id) DO UPDATE SET status = excluded.status, reason = excluded.reason, evidence = excluded.evidence,
           suppression = excluded.suppression`,
      ),
      countAssets: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM scan_assets WHERE scan = ?'),
      countResults: db.prepare<[number], { status: Status; n: number }>('SELECT status, count(*) AS n FROM results WHERE scan = ? GROUP BY status'),
      countSuppressed: db.prepare<[number], { n: number }>(
        "SELECT count(*) AS n FROM results WHERE scan = ? AND suppression IS NOT NULL AND status IN ('fail', 'unknown')",
      ),
      finishScan: db.prepare(
        `UPDATE scans SET status = @status, failure = @failure, finished_at = @finishedAt,
           assets = @assets, pass = @pass, fail = @fail, unknown = @unknown, not_applicable = @not_applicable, suppressed = @suppressed
         WHERE seq = @seq`,
      ),
      // Every pair judged by the scan: insert, or take the new verdict and state. A failing or unknown verdict that
      // a suppression accepted is `suppressed`; it re-opens when a later scan judges it without one (expired,
      // removed). Leaving open/suppressed for resolved sets resolved_at; going back to open/suppressed clears it.
      applyResults: db.prepare(
        `INSERT INTO findings (id, rule_id, asset_id, severity, status, state, first_seen, last_seen, resolved_at,
           first_scan, last_scan, verdict_scan, gone_scan)
         SELECT r.finding_id, r.rule_id, r.asset_id, sr.severity, r.status,
           CASE WHEN r.status IN ('fail', 'unknown') THEN CASE WHEN r.suppression IS NULL THEN 'open' ELSE 'suppressed' END ELSE 'resolved' END,
           @seen, @seen, NULL, @scan, @scan, @scan, NULL
         FROM results r JOIN scan_rules sr ON sr.scan = r.scan AND sr.rule_id = r.rule_id
         WHERE r.scan = @scan
         ORDER BY r.finding_id
         ON CONFLICT (id) DO UPDATE SET
           severity = excluded.severity, status = excluded.status, last_seen = excluded.last_seen,
           last_scan = excluded.last_scan, verdict_scan = excluded.verdict_scan, gone_scan = NULL,
           resolved_at = CASE
             WHEN excluded.state <> 'resolved' THEN NULL
             WHEN findings.state <> 'resolved' THEN @now
             ELSE findings.resolved_at END,
           state = excluded.state
         WHERE findings.last_scan < excluded.last_scan`,
      ),
      // Open findings in the scan's scope whose asset the scan did not see (and that no later scan has decided).
      goneCandidates: db.prepare<{ scan: number }, { id: string; account: string; region: string; type: string }>(
        `SELECT f.id AS id, a.account AS account, a.region AS region, a.type AS type
         FROM findings f JOIN assets a ON a.id = f.asset_id
         WHERE f.state IN ('open', 'suppressed') AND f.last_scan < @scan AND ${inScope('@scan', 'a')}
           AND NOT EXISTS (SELECT 1 FROM scan_assets sa WHERE sa.scan = @scan AND sa.asset_id = f.asset_id)`,
      ),
      resolveGone: db.prepare(
        `UPDATE findings SET state = 'resolved', status = 'not_applicable', gone_scan = @scan, resolved_at = @now, last_scan = @scan
         WHERE id = @id`,
      ),
      coverageErrors: db.prepare<{ scan: number; account: string; region: string | null; type: string; homes: string }, CoverageRow>(
        `SELECT c.provider AS provider, c.account AS account, c.region AS region, c.collector AS collector, c.error AS error
         FROM coverage c
         WHERE c.scan = @scan AND c.account = @account AND c.ok = 0
           AND EXISTS (SELECT 1 FROM json_each(c.types) t WHERE t.value = @type)
           AND (@region IS NULL OR c.region = @region OR c.region = 'global'
             OR (c.region IN (SELECT value FROM json_each(@homes))
               AND NOT EXISTS (SELECT 1 FROM coverage o WHERE o.scan = c.scan AND o.account = c.account
                 AND o.collector = c.collector AND o.region = @region AND o.provider = c.provider)))
         ORDER BY c.rowid`,
      ),
      errors: db.prepare<[number], CollectionError & { resource: string | null }>(
        'SELECT provider, account, region, service, operation, code, message, resource FROM errors WHERE scan = ? ORDER BY rowid',
      ),
      listScans: db.prepare<[number], ScanRow>('SELECT * FROM scans ORDER BY seq DESC LIMIT ?'),
      latestComplete: db.prepare<[], ScanRow>(`SELECT * FROM scans WHERE status = 'complete' ORDER BY seq DESC LIMIT 1`),
      running: db.prepare<[], ScanRow>(`SELECT * FROM scans WHERE status = 'running' ORDER BY seq`),
    };
  }

  // ---------------------------------------------------------------- scans

  async beginScan(target: string, scope: ScopeEntry[]): Promise<ScanSummary> {
    const id = newScanId();
    const startedAt = new Date().toISOString();
    this.db
      .transaction(() => {
        const { lastInsertRowid } = this.stmts.insertScan.run(id, target, startedAt, hostname(), process.pid, this.token);
        for (const s of scope) this.stmts.insertScope.run(Number(lastInsertRowid), s.provider, s.account, s.region);
      })
      .immediate();
    return this.summary(this.row(id));
  }

  async addScope(scanId: string, scope: ScopeEntry[]): Promise<void> {
    this.db
      .transaction(() => {
        const scan = this.writable(scanId);
        for (const s of scope) this.stmts.insertScope.run(scan.seq, s.provider, s.account, s.region);
      })
      .immediate();
  }

  async getScan(scanId: string): Promise<ScanSummary | null> {
    const row = this.stmts.scanById.get(scanId);
    return row ? this.summary(row) : null;
  }

  async listScans(limit?: number): Promise<ScanSummary[]> {
    return this.stmts.listScans.all(limit === undefined ? -1 : Math.max(0, Math.floor(limit))).map((r) => this.summary(r));
  }

  async finishScan(scanId: string, status: 'complete' | 'failed'): Promise<ScanSummary> {
    this.db
      .transaction(() => {
        const scan = this.row(scanId);
        if (scan.status === 'complete') {
          if (status === 'complete') return;
          throw new Error(`scan ${scanId} is already complete`);
        }
        if (scan.status === 'failed') {
          if (status === 'failed') return;
          if (!this.revivable(scan)) throw new Error(`scan ${scanId} has failed${scan.failure ? ` (${scan.failure})` : ''} and cannot complete`);
        }
        const now = new Date().toISOString();
        if (status === 'complete') this.applyLifecycle(scan, now);
        this.stmts.finishScan.run({ seq: scan.seq, status, failure: status === 'failed' ? 'failed' : null, finishedAt: now, ...this.counts(scan.seq) });
        this.evidenceLog.anchor(scan.seq, now);
      })
      .immediate();
    return this.summary(this.row(scanId));
  }

  /** The scan's lifecycle effects: verdicts onto findings, then open findings whose asset is gone resolved. */
  private applyLifecycle(scan: ScanRow, now: string): void {
    this.stmts.applyResults.run({ scan: scan.seq, seen: scan.started_at, now });
    const incomplete = this.incompleteListing(scan.seq);
    for (const f of this.stmts.goneCandidates.all({ scan: scan.seq })) {
      if (incomplete(f.account, f.region, f.type)) continue;
      this.stmts.resolveGone.run({ id: f.id, now, scan: scan.seq });
    }
  }

  /**
   * Whether the scan's listing of `type` was incomplete where an asset lives: then not seeing the asset proves
   * nothing, and its findings are neither resolved nor reported as resolved.
   */
  private incompleteListing(seq: number): (account: string, region: string, type: string) => boolean {
    const memo = new Map<string, boolean>();
    return (account, region, type) => {
      const key = `${account}\n${region}\n${type}`;
      let v = memo.get(key);
      if (v === undefined) {
        v = this.stmts.coverageErrors.all({ scan: seq, account, region, type, homes: this.homeRegions }).length > 0;
        memo.set(key, v);
      }
      return v;
    };
  }

  private counts(seq: number): ScanSummary['counts'] {
    const counts = emptyCounts();
    counts.assets = this.stmts.countAssets.get(seq)?.n ?? 0;
    for (const r of this.stmts.countResults.all(seq)) if ((STATUSES as readonly string[]).includes(r.status)) counts[r.status] = r.n;
    counts.suppressed = this.stmts.countSuppressed.get(seq)?.n ?? 0;
    return counts;
  }

  private summary(row: ScanRow): ScanSummary {
    const counts =
      row.status === 'running'
        ? this.counts(row.seq)
        : { assets: row.assets, pass: row.pass, fail: row.fail, unknown: row.unknown, not_applicable: row.not_applicable, suppressed: row.suppressed };
    return { id: row.id, startedAt: row.started_at, finishedAt: row.finished_at, target: row.target, status: row.status, counts };
  }

  private row(scanId: string): ScanRow {
    const row = this.stmts.scanById.get(scanId);
    if (!row) throw new Error(`unknown scan ${scanId}`);
    return row;
  }

  /** A scan this instance began that another process marked interrupted while it was still running. */
  private revivable(scan: ScanRow): boolean {
    return scan.status === 'failed' && scan.failure === 'interrupted' && scan.owner_token === this.token;
  }

  /** The scan, checked to accept writes (call inside a write transaction). */
  private writable(scanId: string): ScanRow {
    const scan = this.row(scanId);
    if (scan.status === 'running') return scan;
    if (this.revivable(scan)) {
      this.stmts.reviveScan.run(scan.seq);
      return { ...scan, status: 'running', failure: null, finished_at: null };
    }
    throw new Error(`scan ${scanId} is ${scan.status}${scan.failure ? ` (${scan.failure})` : ''}: it takes no more writes`);
  }

  /**
   * Scans left `running` are marked `failed` (`interrupted`), except those of another process on this host that
   * is still alive (a scan in progress while, say, a report reads the store). A scan of this process that is
   * still being written is marked too, and revived by its own next write (see `writable`).
   */
  private markInterrupted(): void {
    const host = hostname();
    if (this.stmts.running.all().length === 0) return; // no write lock needed (a read-only opener stays out of writers' way)
    this.db
      .transaction(() => {
        const now = new Date().toISOString();
        for (const scan of this.stmts.running.all()) {
          const pid = scan.owner_pid;
          if (scan.owner_host === host && pid !== null && pid !== process.pid && isAlive(pid)) continue;
          this.stmts.finishScan.run({ seq: scan.seq, status: 'failed', failure: 'interrupted', finishedAt: now, ...this.counts(scan.seq) });
          this.evidenceLog.anchor(scan.seq, now);
        }
      })
      .immediate();
  }

  // ---------------------------------------------------------------- writes

  async putAssets(scanId: string, assets: Asset[]): Promise<void> {
    if (assets.length === 0) return;
    this.db
      .transaction(() => {
        const { seq } = this.writable(scanId);
        for (const a of assets) {
          const { body, hash } = assetVersion(a);
          this.stmts.upsertAsset.run(identity(a));
          this.stmts.insertVersion.run(a.id, hash, seq, body);
          this.stmts.upsertScanAsset.run(seq, a.id, hash, a.account, a.region, a.type, a.observedAt);
        }
      })
      .immediate();
  }

  async putCoverage(scanId: string, entries: CoverageEntry[]): Promise<void> {
    if (entries.length === 0) return;
    this.db
      .transaction(() => {
        const { seq } = this.writable(scanId);
        for (const e of entries) {
          this.stmts.upsertCoverage.run(seq, e.provider, e.account, e.region, e.collector, JSON.stringify(e.types), e.ok ? 1 : 0, e.error ? JSON.stringify(e.error) : null);
        }
      })
      .immediate();
  }

  async putErrors(scanId: string, errors: CollectionError[]): Promise<void> {
    if (errors.length === 0) return;
    this.db
      .transaction(() => {
        const { seq } = this.writable(scanId);
        for (const e of errors) this.stmts.insertError.run(seq, e.provider, e.account, e.region, e.service, e.operation, e.code, e.message, e.resource ?? null);
      })
      .immediate();
  }

  async putResults(scanId: string, results: EvaluationResult[]): Promise<void> {
    if (results.length === 0) return;
    this.db
      .transaction(() => {
        const scan = this.writable(scanId);
        const { seq } = scan;
        const rules = new Map<string, EvaluationResult['rule']>();
        for (const r of results) rules.set(r.rule.id, r.rule);
        for (const rule of rules.values()) this.stmts.upsertRule.run(seq, rule.id, rule.title, rule.severity, JSON.stringify(rule.compliance ?? []), JSON.stringify(rule.providers ?? []), rule.guidance ? JSON.stringify(rule.guidance) : null);
        const assets = new Set<string>();
        for (const { rule, asset, verdict, suppression } of results) {
          if (!assets.has(asset.id)) {
            assets.add(asset.id);
            this.stmts.insertAssetIfNew.run(identity(asset));
          }
          this.stmts.upsertResult.run(seq, asset.id, rule.id, findingId(rule.id, asset.id), verdict.status, verdict.reason, JSON.stringify(verdict.evidence ?? []), suppression ? JSON.stringify(suppression) : null);
        }
        // Every evaluation is also appended to the hash-chained log, in the same transaction (one record per result).
        this.evidenceLog.append(scan, results, new Date().toISOString());
      })
      .immediate();
  }

  // ---------------------------------------------------------------- reads

  async *assets(scanId: string, filter: { type?: string[]; account?: string; region?: string } = {}): AsyncIterable<Asset> {
    const { seq } = this.row(scanId);
    const where = ['sa.scan = @scan', 'sa.asset_id > @after'];
    const params: Record<string, unknown> = { scan: seq, limit: this.pageSize };
    if (filter.account !== undefined) {
      where.push('sa.account = @account');
      params.account = filter.account;
    }
    if (filter.region !== undefined) {
      where.push('sa.region = @region');
      params.region = filter.region;
    }
    if (filter.type !== undefined) {
      if (filter.type.length === 0) return;
      where.push(`sa.type IN (${filter.type.map((_, i) => `@type${i}`).join(', ')})`);
      filter.type.forEach((t, i) => (params[`type${i}`] = t));
    }
    // Without statistics the planner would walk the whole scan by primary key; point it at the account's rows.
    const index = filter.account === undefined ? '' : filter.type === undefined ? 'INDEXED BY scan_assets_account' : 'INDEXED BY scan_assets_type';
    const page = this.db.prepare<Record<string, unknown>, { asset_id: string; observed_at: string; body: string }>(
      `SELECT sa.asset_id AS asset_id, sa.observed_at AS observed_at, v.body AS body
       FROM scan_assets sa ${index} JOIN asset_versions v ON v.asset_id = sa.asset_id AND v.hash = sa.version
       WHERE ${where.join(' AND ')} ORDER BY sa.asset_id LIMIT @limit`,
    );
    let after = '';
    for (;;) {
      const rows = page.all({ ...params, after });
      for (const r of rows) yield { ...(JSON.parse(r.body) as Omit<Asset, 'observedAt'>), observedAt: r.observed_at };
      const last = rows[rows.length - 1];
      if (!last || rows.length < this.pageSize) return;
      after = last.asset_id;
    }
  }

  async coverageErrors(scanId: string, type: string, scope: { account: string; region?: string }): Promise<CollectionError[]> {
    const { seq } = this.row(scanId);
    return this.stmts.coverageErrors
      .all({ scan: seq, account: scope.account, region: scope.region ?? null, type, homes: this.homeRegions })
      .map((c) => coverageError(c));
  }

  async errors(scanId: string): Promise<CollectionError[]> {
    const { seq } = this.row(scanId);
    return this.stmts.errors.all(seq).map(({ resource, ...e }) => (resource === null ? e : { ...e, resource }));
  }

  async scanRules(scanId: string): ReturnType<Store['scanRules']> {
    const { seq } = this.row(scanId);
    type Guidance = NonNullable<EvaluationResult['rule']['guidance']>;
    return this.db
      .prepare<[number], { id: string; title: string; severity: Severity; compliance: string; providers: string; guidance: string | null }>(
        'SELECT rule_id AS id, title, severity, compliance, providers, guidance FROM scan_rules WHERE scan = ? ORDER BY rule_id',
      )
      .all(seq)
      .map((r) => ({
        id: r.id,
        title: r.title,
        severity: r.severity,
        compliance: parseJson<ComplianceRef[]>(r.compliance, []),
        providers: parseJson<Provider[]>(r.providers, []),
        ...(r.guidance ? { guidance: parseJson<Guidance>(r.guidance, { title: r.title, rationale: '', remediation: { steps: [] }, references: [] }) } : {}),
      }));
  }

  async findings(query: FindingQuery): Promise<Finding[]> {
    const q = this.findingsQuery(query, this.db);
    return q ? this.db.prepare<Record<string, unknown>, FindingRow>(q.sql).all(q.params).map(toFinding) : [];
  }

  /**
   * As `findings`, one at a time: rows are read as they are consumed, from a read-only connection of its own
   * (WAL lets it read one consistent snapshot while this connection writes), so a scan's hundreds of
   * thousands of findings never sit in memory together. An in-memory database has no second connection:
   * there the list is read whole.
   */
  async *streamFindings(query: FindingQuery): AsyncIterable<Finding> {
    if (this.db.memory) {
      yield* await this.findings(query);
      return;
    }
    const reader = new Database(this.db.name, { readonly: true, fileMustExist: true });
    try {
      reader.pragma(`busy_timeout = ${this.busyTimeoutMs}`);
      const q = this.findingsQuery(query, reader);
      if (!q) return;
      for (const row of reader.prepare<Record<string, unknown>, FindingRow>(q.sql).iterate(q.params)) yield toFinding(row);
    } finally {
      reader.close();
    }
  }

  /** The SELECT behind `findings` on `db` (which gets `temp.prev_scan` for `newOnly`), or null when nothing can match. */
  private findingsQuery(query: FindingQuery, db: Database.Database): { sql: string; params: Record<string, unknown> } | null {
    let scan: ScanRow | undefined;
    if (query.scanId !== undefined) scan = this.row(query.scanId);
    else if (query.newOnly) {
      scan = this.stmts.latestComplete.get();
      if (!scan) return null;
    }
    const params: Record<string, unknown> = {};
    const where: string[] = [];
    const inList = (column: string, name: string, values: readonly string[] | undefined) => {
      if (!values || values.length === 0) return;
      where.push(`${column} IN (${values.map((_, i) => `@${name}${i}`).join(', ')})`);
      values.forEach((v, i) => (params[`${name}${i}`] = v));
    };
    inList('q.status', 'status', query.status);
    inList('q.severity', 'severity', query.severity);
    inList('q.rule_id', 'rule', query.ruleId);
    inList('q.account', 'account', query.account);
    inList('q.region', 'region', query.region);
    inList('q.state', 'state', query.state);
    let source = LATEST_FINDINGS;
    if (scan) {
      source = scanFindings('@scan');
      params.scan = scan.seq;
      if (query.newOnly) {
        fillPrevious(db, scan.seq);
        where.push(`q.status = 'fail' AND NOT EXISTS (SELECT 1 FROM temp.prev_scan p
          JOIN results pr ON pr.scan = p.prev AND pr.asset_id = q.asset_id AND pr.rule_id = q.rule_id AND pr.status = 'fail'
          WHERE p.provider = q.provider AND p.account = q.account AND p.region = q.region)`);
      }
    }
    return { sql: `SELECT * FROM (${source}) q ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ${ORDER}`, params };
  }

  async diff(fromScanId: string | null, toScanId: string): Promise<ScanDiff> {
    const to = this.row(toScanId);
    const from = fromScanId === null ? null : this.row(fromScanId);
    const select = (source: string, cond: string, params: Record<string, unknown>) =>
      this.db.prepare<Record<string, unknown>, FindingRow>(`SELECT * FROM (${source}) q WHERE ${cond} ${ORDER}`).all(params);
    if (!from) {
      const added = select(scanFindings('@to'), `q.status = 'fail'`, { to: to.seq }).map(toFinding);
      return { from: null, to: this.summary(to), new: added, resolved: [], stillFailing: [] };
    }
    const p = { from: from.seq, to: to.seq };
    const failedBefore = `EXISTS (SELECT 1 FROM results fr WHERE fr.scan = @from AND fr.asset_id = q.asset_id AND fr.rule_id = q.rule_id AND fr.status = 'fail')`;
    const added = select(scanFindings('@to'), `q.status = 'fail' AND NOT ${failedBefore}`, p).map(toFinding);
    const still = select(scanFindings('@to'), `q.status = 'fail' AND ${failedBefore}`, p).map(toFinding);
    const passed = select(scanFindings('@to'), `q.status IN ('pass', 'not_applicable') AND ${failedBefore}`, p);
    const incomplete = this.incompleteListing(to.seq);
    const gone = select(
      scanFindings('@from'),
      `q.status = 'fail'
       AND NOT EXISTS (SELECT 1 FROM results tr WHERE tr.scan = @to AND tr.asset_id = q.asset_id AND tr.rule_id = q.rule_id)
       AND NOT EXISTS (SELECT 1 FROM scan_assets sa WHERE sa.scan = @to AND sa.asset_id = q.asset_id)
       AND ${inScope('@to', 'q')}`,
      p,
    )
      .filter((r) => !incomplete(r.account, r.region, r.type))
      .map((r): FindingRow => ({ ...r, status: 'not_applicable', reason: goneReason(to.id), evidence: '[]' }));
    const resolved = [...passed, ...gone].sort(compareRows).map(toFinding);
    return { from: this.summary(from), to: this.summary(to), new: added, resolved, stillFailing: still };
  }

  /** `PRAGMA integrity_check` and `foreign_key_check`: empty when the database is sound. */
  check(): string[] {
    const integrity = (this.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((r) => r.integrity_check).filter((m) => m !== 'ok');
    const fks = (this.db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>).map(
      (r) => `foreign key violation: ${r.table} row ${r.rowid} -> ${r.parent}`,
    );
    return [...integrity, ...fks];
  }

  // ---------------------------------------------------------------- evidence (hash-chained log)

  async *evidence(query: EvidenceQuery): AsyncIterable<EvidenceRecord> {
    const scan = query.scanId === undefined ? undefined : this.row(query.scanId).seq;
    yield* this.evidenceLog.records({ ...query, scan }, this.pageSize);
  }

  async verifyEvidence(): Promise<ChainCheck> {
    return this.evidenceLog.verify();
  }

  // ---------------------------------------------------------------- scores and control status

  private get posture(): PostureTables {
    this.postureTables ??= new PostureTables(this.db);
    return this.postureTables;
  }

  async putScores(scanId: string, scores: ScoreRow[]): Promise<void> {
    this.db.transaction(() => this.posture.putScores(this.writable(scanId).seq, scores)).immediate();
  }

  async scores(scanId: string): Promise<ScoreRow[]> {
    return this.posture.scores(this.row(scanId).seq);
  }

  async scoreHistory(scope: ScoreRow['scope'], key: string, limit = 1000): Promise<Array<ScoreRow & { scanId: string; at: string }>> {
    return this.posture.history(scope, key, limit);
  }

  async putControls(scanId: string, rows: ControlRow[]): Promise<void> {
    this.db.transaction(() => this.posture.putControls(this.writable(scanId).seq, rows)).immediate();
  }

  async controls(scanId: string, framework?: string): Promise<ControlRow[]> {
    return this.posture.controls(this.row(scanId).seq, framework);
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.db.pragma('optimize');
    } finally {
      this.db.close();
    }
  }
}

function identity(a: Pick<Asset, 'id' | 'provider' | 'account' | 'region' | 'type' | 'kind' | 'name'>) {
  return { id: a.id, provider: a.provider, account: a.account, region: a.region, type: a.type, kind: a.kind, name: a.name };
}

function coverageError(c: CoverageRow): CollectionError {
  if (c.error) return JSON.parse(c.error) as CollectionError;
  const service = c.collector.split('.')[1] ?? c.collector;
  return { provider: c.provider, account: c.account, region: c.region, service, operation: c.collector, code: 'ListingIncomplete', message: `collector ${c.collector} did not complete` };
}

const severityIndex = (s: string) => {
  const i = (SEVERITIES as readonly string[]).indexOf(s);
  return i < 0 ? SEVERITIES.length : i;
};

function compareRows(a: FindingRow, b: FindingRow): number {
  return severityIndex(a.severity) - severityIndex(b.severity) || cmp(a.rule_id, b.rule_id) || cmp(a.asset_id, b.asset_id);
}

/** Byte order, as SQLite's BINARY collation. */
function cmp(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function toFinding(r: FindingRow): Finding {
  return {
    id: r.id,
    ruleId: r.rule_id,
    title: r.title,
    severity: r.severity,
    status: r.status,
    reason: r.reason,
    evidence: parseJson<Evidence[]>(r.evidence, []),
    compliance: parseJson<ComplianceRef[]>(r.compliance, []),
    asset: { id: r.asset_id, provider: r.provider, account: r.account, region: r.region, type: r.type, kind: r.kind, name: r.name },
    state: r.state,
    firstSeen: r.first_seen,
    lastSeen: r.last_seen,
    resolvedAt: r.resolved_at,
    ...(r.suppression ? { suppression: parseJson<Suppression>(r.suppression, { kind: 'config', reason: 'unreadable suppression record', source: '?' }) } : {}),
  };
}
