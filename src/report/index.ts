/**
 * Report formats for scan results. Every format is a chunk stream (`reportChunks`) so large scans write
 * with bounded memory; `writeReport` sends it to a stream (stdout or a file) with backpressure.
 */
import { csvReport } from './csv.js';
import { jsonReport } from './json.js';
import { junitReport } from './junit.js';
import { ocsfReport } from './ocsf.js';
import { sarifReport } from './sarif.js';
import { tableReport } from './table.js';
import { colorFor } from './text.js';
import type { ReportOptions, ScanReport } from './types.js';
import { collect, pipeChunks } from './write.js';

export const FORMATS = ['table', 'json', 'csv', 'ocsf', 'sarif', 'junit'] as const;
export type ReportFormat = (typeof FORMATS)[number];

export function isReportFormat(s: string): s is ReportFormat {
  return (FORMATS as readonly string[]).includes(s);
}

/** The report as chunks of text. Findings are read once. */
export function reportChunks(format: ReportFormat, report: ScanReport, opts: ReportOptions = {}): AsyncIterable<string> {
  switch (format) {
    case 'json':
      return jsonReport(report);
    case 'csv':
      return csvReport(report);
    case 'ocsf':
      return ocsfReport(report, opts);
    case 'table':
      return tableReport(report, opts);
    case 'sarif':
      return sarifReport(report);
    case 'junit':
      return junitReport(report);
  }
}

/**
 * Writes the report to `out`. Colors and width for `table` default to what `out` is (a TTY without
 * NO_COLOR gets colors). The stream is not ended.
 */
export async function writeReport(format: ReportFormat, report: ScanReport, out: NodeJS.WritableStream, opts: ReportOptions = {}): Promise<void> {
  const tty = out as NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  const resolved: ReportOptions = {
    ...opts,
    color: opts.color ?? colorFor(tty),
    width: opts.width ?? (tty.isTTY && tty.columns ? tty.columns : undefined),
  };
  await pipeChunks(reportChunks(format, report, resolved), out);
}

/** The report as one string (small reports, tests). */
export function renderReport(format: ReportFormat, report: ScanReport, opts: ReportOptions = {}): Promise<string> {
  return collect(reportChunks(format, report, opts));
}

export type { FindingSource, IacLocation, ReportAsset, ReportFinding, ReportOptions, RuleGuidance, ScanReport } from './types.js';
export { summarize, formatSummary, renderSummary, type PostureSummary } from './summary.js';
export { jsonReport, findingJson, scanJson, errorJson } from './json.js';
export { csvReport, csvCell, csvRow, CSV_COLUMNS } from './csv.js';
export { ocsfReport, toOcsf, OCSF_VERSION } from './ocsf.js';
export { tableReport } from './table.js';
export { groupErrors, type ErrorGroup } from './aggregate.js';
export { pipeChunks, collect } from './write.js';
export { colorFor, clean } from './text.js';
