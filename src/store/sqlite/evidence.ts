import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { ChainCheck, EvaluationResult, EvidenceQuery, EvidenceRecord } from '../store.js';
import { canonicalJson } from './canonical.js';

/** `prevHash` of the first record. */
export const GENESIS = '0'.repeat(64);

/** The hashed part of a record: every field but `prevHash` and `hash`. */
export type EvidenceBody = Omit<EvidenceRecord, 'prevHash' | 'hash'>;

/** sha256 hex of `prevHash` (64 hex characters) followed by `body` (UTF-8): the chain link. */
export function chainHash(prevHash: string, body: string): string {
  return createHash('sha256').update(prevHash).update(body).digest('hex');
}

/** A member's JSON value as `canonicalJson` writes it; undefined when JSON drops the member. */
function value(v: unknown): string | undefined {
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null) return JSON.stringify(v);
  if (v === undefined || typeof v === 'function' || typeof v === 'symbol') return undefined;
  return canonicalJson(v);
}

/** `,"key":value` (key already JSON), or '' for a member JSON drops. */
function member(key: string, v: unknown): string {
  const json = value(v);
  return json === undefined ? '' : `,${key}:${json}`;
}

const FACT_KEYS = new Set(['expected', 'observed', 'path']);

/** One observed fact: the usual `{ path, observed, expected }` written directly, anything else by `canonicalJson`. */
function fact(e: unknown): string {
  if (e === null || typeof e !== 'object' || Object.getPrototypeOf(e) !== Object.prototype) return canonicalJson(e);
  for (const k in e) if (!FACT_KEYS.has(k)) return canonicalJson(e);
  const o = e as Record<string, unknown>;
  return `{${(member('"expected"', o.expected) + member('"observed"', o.observed) + member('"path"', o.path)).slice(1)}}`;
}

/** `,"key":[...]` with every item of a plain array through `item`; anything else as `member`. */
function listMember(key: string, v: unknown, item: (x: unknown) => string): string {
  if (!Array.isArray(v) || Object.getPrototypeOf(v) !== Array.prototype) return member(key, v);
  let out = '';
  for (let i = 0; i < v.length; i++) out += (i ? ',' : '') + item(v[i]);
  return `,${key}:[${out}]`;
}

/**
 * The canonical JSON of a record's body: exactly `canonicalJson(body)` (sorted keys; a test holds the two equal),
 * written member by member in sorted key order because putResults runs it once per verdict and the generic
 * replacer costs about twice as much. Whatever is not a plain string, number or the usual fact shape still goes
 * through `canonicalJson`.
 */
export function evidenceBody(b: EvidenceBody): string {
  const members =
    member('"account"', b.account) +
    member('"assetId"', b.assetId) +
    member('"assetType"', b.assetType) +
    member('"at"', b.at) +
    listMember('"compliance"', b.compliance, canonicalJson) +
    listMember('"observed"', b.observed, fact) +
    member('"provider"', b.provider) +
    member('"reason"', b.reason) +
    member('"region"', b.region) +
    member('"ruleId"', b.ruleId) +
    member('"ruleVersion"', b.ruleVersion) +
    member('"scanId"', b.scanId) +
    member('"seq"', b.seq) +
    member('"severity"', b.severity) +
    member('"sources"', b.sources) +
    member('"status"', b.status) +
    (b.suppression === undefined ? '' : `,"suppression":${canonicalJson(b.suppression)}`);
  return `{${members.slice(1)}}`;
}

interface EvidenceRow {
  seq: number;
  scan_id: string | null;
  at: string;
  rule_id: string;
  asset_id: string;
  status: string;
  body: string;
  prev_hash: string;
  hash: string;
}

interface AnchorRow {
  scan_id: string | null;
  last_seq: number;
  head: string;
  at: string;
}

// The scan id by a rowid lookup per record (a join lets the planner scan `scans` for every record instead).
const SELECT = `SELECT e.seq AS seq, (SELECT s.id FROM scans s WHERE s.seq = e.scan) AS scan_id, e.at AS at, e.rule_id AS rule_id,
  e.asset_id AS asset_id, e.status AS status, e.body AS body, e.prev_hash AS prev_hash, e.hash AS hash FROM evidence e`;

/** Fields that are both columns (for lookups) and in the hashed body: they must agree. */
const COLUMN_FIELDS = [
  ['scan_id', 'scanId'],
  ['at', 'at'],
  ['rule_id', 'ruleId'],
  ['asset_id', 'assetId'],
  ['status', 'status'],
] as const;

const short = (h: string) => `${h.slice(0, 12)}…`;

/** How a problem names a record: from its columns, which a reader can look up. */
const named = (r: Pick<EvidenceRow, 'seq' | 'scan_id' | 'rule_id' | 'asset_id'>) =>
  `seq ${r.seq} (scan ${r.scan_id ?? '?'}, rule ${r.rule_id}, asset ${r.asset_id})`;

/**
 * The evidence log (schema v2 `evidence`, `evidence_anchors`): appends inside the caller's write transaction,
 * reads and verification on the same connection. See `src/store/README.md` for the record and hash formula.
 */
export class EvidenceLog {
  private readonly insert: Database.Statement;
  private readonly last: Database.Statement<[], { seq: number; hash: string }>;
  private readonly insertAnchor: Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.insert = db.prepare('INSERT INTO evidence (seq, scan, at, rule_id, asset_id, status, body, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.last = db.prepare('SELECT seq, hash FROM evidence ORDER BY seq DESC LIMIT 1');
    this.insertAnchor = db.prepare('INSERT OR REPLACE INTO evidence_anchors (scan, last_seq, head, at) VALUES (?, ?, ?, ?)');
  }

  /** The chain's last record (seq 0 and the genesis hash when empty). */
  head(): { seq: number; hash: string } {
    return this.last.get() ?? { seq: 0, hash: GENESIS };
  }

  /** Appends one record per result, in order. Call inside a write transaction (the head must not move meanwhile). */
  append(scan: { seq: number; id: string }, results: EvaluationResult[], at: string): void {
    let { seq, hash } = this.head();
    for (const { rule, asset, verdict, sources, suppression } of results) {
      seq++;
      const body = evidenceBody({
        seq,
        scanId: scan.id,
        at,
        ruleId: rule.id,
        ruleVersion: rule.version,
        severity: rule.severity,
        assetId: asset.id,
        provider: asset.provider,
        account: asset.account,
        region: asset.region,
        assetType: asset.type,
        status: verdict.status,
        reason: verdict.reason,
        observed: verdict.evidence ?? [],
        sources: sources ?? [],
        // Keys in sorted order: canonicalJson then has nothing to reorder.
        compliance: (rule.compliance ?? []).map((c) => ({ control: c.control, framework: c.framework })),
        ...(suppression ? { suppression } : {}),
      });
      const prevHash = hash;
      hash = chainHash(prevHash, body);
      this.insert.run(seq, scan.seq, at, rule.id, asset.id, verdict.status, body, prevHash, hash);
    }
  }

  /** Records the chain head as the scan finishes (call inside the finishing transaction). */
  anchor(scanSeq: number, at: string): void {
    const { seq, hash } = this.head();
    this.insertAnchor.run(scanSeq, seq, hash, at);
  }

  /**
   * Records in seq order, filtered, a page at a time (keyset on seq): the connection stays free between pages
   * for whatever the consumer does. An empty `ruleIds` matches nothing.
   */
  *records(query: EvidenceQuery & { scan?: number }, pageSize = 500): Generator<EvidenceRecord> {
    if (query.ruleIds && query.ruleIds.length === 0) return;
    const where = ['e.seq > @after'];
    const params: Record<string, unknown> = { limit: pageSize };
    if (query.scan !== undefined) {
      where.push('e.scan = @scan');
      params.scan = query.scan;
    }
    if (query.since !== undefined) {
      where.push('e.at >= @since');
      params.since = query.since;
    }
    if (query.until !== undefined) {
      where.push('e.at <= @until');
      params.until = query.until;
    }
    if (query.ruleIds) {
      where.push(`e.rule_id IN (SELECT value FROM json_each(@rules))`);
      params.rules = JSON.stringify(query.ruleIds);
    }
    const page = this.db.prepare<Record<string, unknown>, EvidenceRow>(`${SELECT} WHERE ${where.join(' AND ')} ORDER BY e.seq LIMIT @limit`);
    let after = 0;
    for (;;) {
      const rows = page.all({ ...params, after });
      for (const r of rows) yield toRecord(r);
      const lastRow = rows[rows.length - 1];
      if (!lastRow || rows.length < pageSize) return;
      after = lastRow.seq;
    }
  }

  /**
   * Re-walks the chain in seq order (streamed, one read transaction) and names the first problem; after it,
   * only counts the remaining records to report the head.
   */
  verify(): ChainCheck {
    return this.db.transaction((): ChainCheck => {
      const anchors = this.db
        .prepare<[], AnchorRow>(
          `SELECT s.id AS scan_id, a.last_seq AS last_seq, a.head AS head, a.at AS at
           FROM evidence_anchors a LEFT JOIN scans s ON s.seq = a.scan ORDER BY a.last_seq, a.scan`,
        )
        .all();
      let next = 0; // next anchor to check
      let prev: EvidenceRow | null = null;
      let records = 0;
      let problem: ChainCheck['problem'];
      for (const r of this.db.prepare<[], EvidenceRow>(`${SELECT} ORDER BY e.seq`).iterate()) {
        records++;
        if (!problem) {
          // Anchors whose last record lies before this one and was skipped (a gap) are reported by the gap itself.
          while (next < anchors.length && anchors[next]!.last_seq < r.seq) next++;
          problem = checkRecord(r, prev);
          while (!problem && next < anchors.length && anchors[next]!.last_seq === r.seq) problem = checkAnchor(anchors[next++]!, r);
        }
        prev = r;
      }
      const lastSeq = prev?.seq ?? 0;
      if (!problem) {
        const beyond = anchors.find((a) => a.last_seq > lastSeq);
        if (beyond) {
          problem = {
            seq: beyond.last_seq,
            kind: 'truncated',
            message:
              `the chain ends at seq ${lastSeq}, but the anchor of scan ${beyond.scan_id ?? '?'} (finished ${beyond.at}) names seq ${beyond.last_seq} ` +
              `with head ${short(beyond.head)}: records ${lastSeq + 1}..${beyond.last_seq} were removed`,
          };
        }
      }
      return { ok: !problem, records, head: prev?.hash ?? null, ...(problem ? { problem } : {}) };
    }).deferred();
  }
}

/** What is wrong with one record given the one before it in seq order (null: the chain's first). */
function checkRecord(r: EvidenceRow, prev: EvidenceRow | null): ChainCheck['problem'] {
  const prevSeq = prev?.seq ?? 0;
  if (r.seq <= prevSeq) {
    return { seq: r.seq, kind: 'reordered', message: `record ${named(r)} is out of order: seq must start at 1 and increase by one` };
  }
  if (r.seq > prevSeq + 1) {
    const first = prevSeq + 1;
    const last = r.seq - 1;
    const range = first === last ? `seq ${first} is` : `seqs ${first}..${last} are`;
    return { seq: first, kind: 'missing', message: `record ${range} missing (between ${prev ? named(prev) : 'the start of the chain'} and ${named(r)})` };
  }
  const computed = chainHash(r.prev_hash, r.body);
  if (computed !== r.hash) {
    return { seq: r.seq, kind: 'edited', message: `record ${named(r)} was edited: its content hashes to ${short(computed)}, its stored hash is ${short(r.hash)}` };
  }
  let body: Partial<EvidenceBody>;
  try {
    body = JSON.parse(r.body) as Partial<EvidenceBody>;
  } catch {
    return { seq: r.seq, kind: 'edited', message: `record ${named(r)} was edited: its body is not JSON` };
  }
  if (body.seq !== r.seq) {
    return { seq: r.seq, kind: 'reordered', message: `record ${named(r)} was moved: its hashed body is record seq ${String(body.seq)}` };
  }
  for (const [column, field] of COLUMN_FIELDS) {
    if (r[column] !== body[field]) {
      return { seq: r.seq, kind: 'edited', message: `record ${named(r)} was edited: column ${column} is '${String(r[column])}', its hashed body says '${String(body[field])}'` };
    }
  }
  const expectedPrev = prev?.hash ?? GENESIS;
  if (r.prev_hash !== expectedPrev) {
    return {
      seq: r.seq,
      kind: 'reordered',
      message:
        `record ${named(r)} does not follow ${prev ? `record seq ${prev.seq}` : 'the start of the chain'}: its prev_hash is ${short(r.prev_hash)}, ` +
        `expected ${short(expectedPrev)} (records were reordered, or the one before was rewritten with a recomputed hash)`,
    };
  }
  return undefined;
}

/** An anchor against the record at its `last_seq`. */
function checkAnchor(a: AnchorRow, r: EvidenceRow): ChainCheck['problem'] {
  if (a.head === r.hash) return undefined;
  return {
    seq: r.seq,
    kind: 'truncated',
    message:
      `record ${named(r)} hashes to ${short(r.hash)}, but the anchor of scan ${a.scan_id ?? '?'} (finished ${a.at}) recorded head ${short(a.head)} ` +
      `at this seq: the chain was cut and appended again, or rewritten, after that scan`,
  };
}

/** A stored row as the contract's record, fields in the contract's order, from the hashed body. */
function toRecord(r: EvidenceRow): EvidenceRecord {
  const b = JSON.parse(r.body) as EvidenceBody;
  return {
    seq: b.seq,
    scanId: b.scanId,
    at: b.at,
    ruleId: b.ruleId,
    ruleVersion: b.ruleVersion,
    severity: b.severity,
    assetId: b.assetId,
    provider: b.provider,
    account: b.account,
    region: b.region,
    assetType: b.assetType,
    status: b.status,
    reason: b.reason,
    observed: b.observed,
    sources: b.sources,
    compliance: b.compliance,
    ...(b.suppression ? { suppression: b.suppression } : {}),
    prevHash: r.prev_hash,
    hash: r.hash,
  };
}
