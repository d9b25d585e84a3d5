import { csvRow } from '../report/csv.js';
import type { EvidenceRecord } from '../store/store.js';

/** Columns of evidence.csv: the record's fields (lists joined with '; ', observed facts as JSON), plus the controls it evidences. */
export const EVIDENCE_CSV_COLUMNS = [
  'seq',
  'scanId',
  'at',
  'controls',
  'ruleId',
  'ruleVersion',
  'severity',
  'status',
  'reason',
  'provider',
  'account',
  'region',
  'assetType',
  'assetId',
  'observed',
  'sources',
  'compliance',
  'prevHash',
  'hash',
] as const;

export const evidenceCsvHeader = (): string => csvRow(EVIDENCE_CSV_COLUMNS);

/** One record as a CSV row (RFC 4180, formula-guarded cells: see `src/report/csv.ts`). */
export function evidenceCsvRow(r: EvidenceRecord, controls: string[]): string {
  return csvRow([
    r.seq,
    r.scanId,
    r.at,
    controls.join('; '),
    r.ruleId,
    r.ruleVersion,
    r.severity,
    r.status,
    r.reason,
    r.provider,
    r.account,
    r.region,
    r.assetType,
    r.assetId,
    JSON.stringify(r.observed),
    r.sources.join('; '),
    r.compliance.map((c) => `${c.framework}:${c.control}`).join('; '),
    r.prevHash,
    r.hash,
  ]);
}
