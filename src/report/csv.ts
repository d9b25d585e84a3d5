/**
 * `--format csv`: one row per finding, RFC 4180 (CRLF line ends, fields with a comma, quote, CR or LF
 * quoted, inner quotes doubled), with a header row. Cells that a spreadsheet would run as a formula
 * (starting with = + - @ TAB CR) are prefixed with `'` (OWASP CSV injection guidance): names, tags and
 * messages come from the cloud and are attacker-influenced.
 */
import type { ReportFinding, ScanReport } from './types.js';
import { toJson } from './write.js';

export const CSV_COLUMNS = [
  'id',
  'ruleId',
  'title',
  'severity',
  'status',
  'state',
  'reason',
  'provider',
  'account',
  'region',
  'assetType',
  'assetKind',
  'assetName',
  'assetId',
  'iacFile',
  'iacLine',
  'iacAddress',
  'compliance',
  'evidence',
  'firstSeen',
  'lastSeen',
  'resolvedAt',
  'suppressionReason',
  'suppressionOwner',
  'suppressionUntil',
  'suppressionSource',
] as const;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell: injection-guarded, then quoted when needed. */
export function csvCell(value: unknown): string {
  let s = value === null || value === undefined ? '' : typeof value === 'string' ? value : String(value);
  if (FORMULA_START.test(s)) s = `'${s}`;
  return NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The cells of one finding, in `CSV_COLUMNS` order. */
export function findingCells(f: ReportFinding): unknown[] {
  const a = f.asset;
  return [
    f.id,
    f.ruleId,
    f.title,
    f.severity,
    f.status,
    f.state,
    f.reason,
    a.provider,
    a.account,
    a.region,
    a.type,
    a.kind,
    a.name,
    a.id,
    a.iac?.file,
    a.iac?.line,
    a.iac?.address,
    f.compliance.map((c) => `${c.framework}:${c.control}`).join('; '),
    f.evidence.map((e) => `${e.path}: observed ${toJson(e.observed)}, expected ${toJson(e.expected)}`).join('; '),
    f.firstSeen,
    f.lastSeen,
    f.resolvedAt ?? '',
      f.suppression?.reason,
    f.suppression?.owner,
    f.suppression?.until,
    f.suppression?.source,
  ];
}

export async function* csvReport(report: ScanReport): AsyncGenerator<string> {
  yield csvRow(CSV_COLUMNS);
  for await (const f of report.findings) yield csvRow(findingCells(f));
}
