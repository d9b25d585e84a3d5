import type { CollectionError } from '../core/asset.js';
import type { Finding, Suppression } from '../core/finding.js';
import type { RuleMeta } from '../core/rule.js';
import type { ScanSummary } from '../core/scan.js';

/** Where an IaC asset is defined (from `AssetSource` of type `iac`). */
export interface IacLocation {
  file: string;
  line: number;
  address: string;
}

/** The asset part of a finding as reports show it: the finding's asset, plus its IaC location when it has one. */
export type ReportAsset = Finding['asset'] & { iac?: IacLocation };

/** Why a finding does not count: a parapet.yaml suppression or an inline `parapet:ignore` (see core `Suppression`). */
export type FindingSuppression = Suppression;

/** A finding as reports take it. Every core `Finding` is one. */
export type ReportFinding = Omit<Finding, 'asset'> & {
  asset: ReportAsset;
  /** Against a baseline file (`--baseline`): `unchanged` findings were accepted before and do not count toward `--fail-on`. */
  baselineState?: 'new' | 'unchanged';
};

/** What a report may say about a rule beyond the finding: guidance for fixing it. */
export type RuleGuidance = Pick<RuleMeta, 'remediation' | 'references'> & Partial<Pick<RuleMeta, 'title' | 'rationale'>>;

/**
 * Findings, as an array or streamed (sync or async iterable). Every format reads them exactly once, in one
 * pass, so a one-shot async generator over the store is fine and large scans never sit in memory whole.
 */
export type FindingSource = Iterable<ReportFinding> | AsyncIterable<ReportFinding>;

/** Everything a report format needs about one scan. */
export interface ScanReport {
  /** Parapet version that produced the report. */
  parapet: string;
  scan: ScanSummary;
  findings: FindingSource;
  errors: readonly CollectionError[];
  /** Rule guidance by rule id (remediation, references); used by formats that carry it (OCSF). */
  rules?: ReadonlyMap<string, RuleGuidance>;
}

/** Options shared by the formats; each format reads the ones it understands. */
export interface ReportOptions {
  /** ANSI colors (table, summary). Default in `writeReport`: the stream is a TTY and NO_COLOR is unset. */
  color?: boolean;
  /** Rows in the table's findings list (default 50); the rest are counted in a "... and K more" line. */
  limit?: number;
  /** Terminal width for the table (default: the stream's `columns`, else 120). */
  width?: number;
  /** OCSF: one JSON object per line (JSON Lines) instead of one JSON array. */
  jsonLines?: boolean;
  /** OCSF schema version written to `metadata.version` (default `1.3.0`). */
  ocsfVersion?: string;
}
