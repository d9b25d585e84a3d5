/**
 * One pass over the findings that gathers what the human formats show: counts by status, severity,
 * rule, service, type and account, and the worst N findings. Memory is bounded by the number of rules,
 * services, types and accounts and by N, never by the number of findings.
 */
import type { CollectionError } from '../core/asset.js';
import type { StatusCounts } from '../core/scan.js';
import { SEVERITIES, severityRank, type Severity, type Status } from '../core/verdict.js';
import type { FindingSource, ReportFinding } from './types.js';

export function zeroStatus(): StatusCounts {
  return { pass: 0, fail: 0, unknown: 0, not_applicable: 0 };
}

export function zeroSeverity(): Record<Severity, number> {
  return Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
}

export interface RuleTally extends StatusCounts {
  ruleId: string;
  title: string;
  severity: Severity;
}

export interface AccountTally extends StatusCounts {
  provider: string;
  account: string;
}

/** A finding row for the attention list: only what a table shows. */
export interface AttentionRow {
  severity: Severity;
  status: Status;
  ruleId: string;
  assetName: string;
  assetId: string;
  account: string;
  region: string;
  reason: string;
}

export interface Aggregate {
  /** Findings seen. */
  total: number;
  byStatus: StatusCounts;
  failBySeverity: Record<Severity, number>;
  unknownBySeverity: Record<Severity, number>;
  rules: Map<string, RuleTally>;
  /** Service from the rule id (`aws.s3.x` -> `s3`), else from the native type. */
  services: Map<string, StatusCounts>;
  types: Map<string, StatusCounts>;
  /** Keyed `provider:account`. */
  accounts: Map<string, AccountTally>;
  /** The worst `limit` failing or unknown findings, worst first (fail before unknown, then severity). */
  attention: AttentionRow[];
  /** All failing or unknown findings (the list above holds at most `limit` of them). */
  attentionTotal: number;
  /**
   * Failing or unknown findings a suppression accepted: counted here and in no status, severity, rule, service,
   * type or account count (they never count as failures); the first `limit`, worst first, with their reasons.
   */
  suppressed: number;
  suppressedRows: SuppressedRow[];
}

/** A suppressed finding as the table lists it. */
export interface SuppressedRow extends AttentionRow {
  suppression: NonNullable<ReportFinding['suppression']>;
}

/**
 * `aws.s3.bucket-versioning` -> `aws s3`, `baseline.storage.x` -> `baseline storage` (the rule family
 * keeps same-named services of different clouds apart); else `AWS::S3::Bucket` -> `s3`; else the kind's
 * first part.
 */
export function serviceOf(f: Pick<ReportFinding, 'ruleId' | 'asset'>): string {
  const parts = f.ruleId.split('.');
  if (parts.length >= 3 && parts[1]) return `${parts[0]} ${parts[1]}`;
  const t = f.asset.type.split('::');
  if (t.length >= 3 && t[1]) return t[1].toLowerCase();
  return f.asset.kind.split('.')[0] || 'other';
}

/** Negative when `a` needs attention before `b`. */
export function compareAttention(a: AttentionRow, b: AttentionRow): number {
  const s = (a.status === 'fail' ? 0 : 1) - (b.status === 'fail' ? 0 : 1);
  if (s !== 0) return s;
  const sev = severityRank(b.severity) - severityRank(a.severity);
  if (sev !== 0) return sev;
  return a.ruleId.localeCompare(b.ruleId) || a.account.localeCompare(b.account) || a.region.localeCompare(b.region) || a.assetId.localeCompare(b.assetId);
}

function bump(m: Map<string, StatusCounts>, key: string, status: Status): void {
  let c = m.get(key);
  if (!c) m.set(key, (c = zeroStatus()));
  c[status]++;
}

function attentionRow(f: ReportFinding): AttentionRow {
  return { severity: f.severity, status: f.status, ruleId: f.ruleId, assetName: f.asset.name, assetId: f.asset.id, account: f.asset.account, region: f.asset.region, reason: f.reason };
}

/** Inserts `row` into `rows` (sorted, at most `limit` long) if it ranks high enough. */
function keepWorst<R extends AttentionRow>(rows: R[], row: R, limit: number): void {
  if (limit <= 0) return;
  const last = rows[rows.length - 1];
  if (rows.length >= limit && last && compareAttention(row, last) >= 0) return;
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareAttention(rows[mid] as R, row) <= 0) lo = mid + 1;
    else hi = mid;
  }
  rows.splice(lo, 0, row);
  if (rows.length > limit) rows.pop();
}

export async function aggregate(findings: FindingSource, opts: { limit?: number } = {}): Promise<Aggregate> {
  const limit = opts.limit ?? 50;
  const agg: Aggregate = {
    total: 0,
    byStatus: zeroStatus(),
    failBySeverity: zeroSeverity(),
    unknownBySeverity: zeroSeverity(),
    rules: new Map(),
    services: new Map(),
    types: new Map(),
    accounts: new Map(),
    attention: [],
    attentionTotal: 0,
    suppressed: 0,
    suppressedRows: [],
  };
  for await (const f of findings) {
    agg.total++;
    if (f.suppression && (f.status === 'fail' || f.status === 'unknown')) {
      agg.suppressed++;
      keepWorst(agg.suppressedRows, { ...attentionRow(f), suppression: f.suppression }, limit);
      continue;
    }
    agg.byStatus[f.status]++;
    if (f.status === 'fail') agg.failBySeverity[f.severity]++;
    if (f.status === 'unknown') agg.unknownBySeverity[f.severity]++;

    let r = agg.rules.get(f.ruleId);
    if (!r) agg.rules.set(f.ruleId, (r = { ruleId: f.ruleId, title: f.title, severity: f.severity, ...zeroStatus() }));
    r[f.status]++;

    bump(agg.services, serviceOf(f), f.status);
    bump(agg.types, f.asset.type, f.status);
    const key = `${f.asset.provider}:${f.asset.account}`;
    let acc = agg.accounts.get(key);
    if (!acc) agg.accounts.set(key, (acc = { provider: f.asset.provider, account: f.asset.account, ...zeroStatus() }));
    acc[f.status]++;

    if (f.status === 'fail' || f.status === 'unknown') {
      agg.attentionTotal++;
      keepWorst(agg.attention, attentionRow(f), limit);
    }
  }
  return agg;
}

/** Failing rules, most failures first, then severity. */
export function topFailingRules(agg: Aggregate, n: number): RuleTally[] {
  return [...agg.rules.values()]
    .filter((r) => r.fail > 0)
    .sort((a, b) => b.fail - a.fail || severityRank(b.severity) - severityRank(a.severity) || a.ruleId.localeCompare(b.ruleId))
    .slice(0, n);
}

export interface ErrorGroup {
  provider: string;
  account: string;
  region: string;
  service: string;
  operation: string;
  code: string;
  count: number;
  /** The first message seen in the group. */
  message: string;
}

/** Collection errors grouped by where and what failed, largest groups first. */
export function groupErrors(errors: Iterable<CollectionError>): ErrorGroup[] {
  const groups = new Map<string, ErrorGroup>();
  for (const e of errors) {
    const key = [e.provider, e.account, e.region, e.service, e.operation, e.code].join('\u0000');
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { provider: e.provider, account: e.account, region: e.region, service: e.service, operation: e.operation, code: e.code, count: 1, message: e.message });
  }
  return [...groups.values()].sort(
    (a, b) =>
      b.count - a.count ||
      a.provider.localeCompare(b.provider) ||
      a.account.localeCompare(b.account) ||
      a.region.localeCompare(b.region) ||
      a.service.localeCompare(b.service) ||
      a.operation.localeCompare(b.operation) ||
      a.code.localeCompare(b.code),
  );
}
