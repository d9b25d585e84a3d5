/**
 * `--format json`: the scan JSON contract (docs: shared architecture, "Contracts"). Field names and
 * nesting are relied on by users and scripts; extra fields are allowed, renames are not.
 *
 * Streamed: the header, then one finding per line, then the errors; no finding list is ever
 * stringified whole.
 */
import type { CollectionError } from '../core/asset.js';
import type { Suppression } from '../core/finding.js';
import type { ScanSummary } from '../core/scan.js';
import type { Evidence } from '../core/verdict.js';
import type { ReportFinding, ScanReport } from './types.js';
import { toJson } from './write.js';

/** The contract's `scan` object (with `target` and `status` as extras). */
export function scanJson(s: ScanSummary) {
  return {
    id: s.id,
    target: s.target,
    status: s.status,
    startedAt: s.startedAt,
    finishedAt: s.finishedAt,
    counts: {
      assets: s.counts.assets,
      pass: s.counts.pass,
      fail: s.counts.fail,
      unknown: s.counts.unknown,
      not_applicable: s.counts.not_applicable,
      suppressed: s.counts.suppressed ?? 0,
    },
  };
}

/** The contract's finding object, fields in contract order. */
export function findingJson(f: ReportFinding) {
  const a = f.asset;
  return {
    id: f.id,
    ruleId: f.ruleId,
    title: f.title,
    severity: f.severity,
    status: f.status,
    reason: f.reason,
    state: f.state,
    asset: {
      id: a.id,
      provider: a.provider,
      account: a.account,
      region: a.region,
      type: a.type,
      kind: a.kind,
      name: a.name,
      ...(a.iac ? { iac: { file: a.iac.file, line: a.iac.line, address: a.iac.address } } : {}),
    },
    evidence: f.evidence.map(evidenceJson),
    compliance: f.compliance.map((c) => ({ framework: c.framework, control: c.control })),
    firstSeen: f.firstSeen,
    lastSeen: f.lastSeen,
    ...(f.resolvedAt ? { resolvedAt: f.resolvedAt } : {}),
    ...(f.suppression ? { suppression: suppressionJson(f.suppression) } : {}),
    ...(f.baselineState ? { baselineState: f.baselineState } : {}),
  };
}

/** A suppression as JSON reports carry it: kind, reason and source always; id, owner and until when set. */
export function suppressionJson(s: Suppression) {
  return {
    kind: s.kind,
    ...(s.id ? { id: s.id } : {}),
    reason: s.reason,
    source: s.source,
    ...(s.owner ? { owner: s.owner } : {}),
    ...(s.until ? { until: s.until } : {}),
  };
}

/** `observed`/`expected` are always present: a missing value is `null`, never a dropped key. */
export function evidenceJson(e: Evidence) {
  return { path: e.path, observed: e.observed === undefined ? null : e.observed, expected: e.expected === undefined ? null : e.expected };
}

/** The contract's error object (`resource` as an extra when the call was about one). */
export function errorJson(e: CollectionError) {
  return {
    provider: e.provider,
    account: e.account,
    region: e.region,
    service: e.service,
    operation: e.operation,
    code: e.code,
    message: e.message,
    ...(e.resource !== undefined ? { resource: e.resource } : {}),
  };
}

/** The whole document, chunk by chunk. */
export async function* jsonReport(report: ScanReport): AsyncGenerator<string> {
  yield `{"parapet":${toJson(report.parapet)},\n"scan":${toJson(scanJson(report.scan))},\n"findings":[`;
  let first = true;
  for await (const f of report.findings) {
    yield `${first ? '\n' : ',\n'}${toJson(findingJson(f))}`;
    first = false;
  }
  yield `${first ? '' : '\n'}],\n"errors":[`;
  first = true;
  for (const e of report.errors) {
    yield `${first ? '\n' : ',\n'}${toJson(errorJson(e))}`;
    first = false;
  }
  yield `${first ? '' : '\n'}]}\n`;
}
