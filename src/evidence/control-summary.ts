import type { ControlStatus } from '../core/framework.js';
import type { Status } from '../core/verdict.js';
import { statusOf } from '../compliance/tally.js';
import type { ControlRow, EvidenceRecord } from '../store/store.js';

/** Failing assets listed per control (of its latest scan in range); the count covers the rest. */
export const FAILING_LISTED = 50;

export type Counts = Record<Status, number>;

/** One control in one scan, from the evidence records of that scan. */
export interface ControlScan {
  scanId: string;
  counts: Counts;
  /** The scan's own control evaluation when it stored one (`scan_controls`), else derived from the counts. */
  status: ControlStatus;
  statusFrom: 'scan' | 'evidence';
}

export interface ControlSummary {
  records: number;
  scans: ControlScan[];
  /** Failing assets of the latest scan in range, at most FAILING_LISTED. */
  failingAssets: string[];
}

const zero = (): Counts => ({ pass: 0, fail: 0, unknown: 0, not_applicable: 0 });

/**
 * Folds evidence records, in seq order, into per-control figures for the summary page without keeping the
 * records: counts per scan, and the failing assets of each control's latest scan only.
 */
export class ControlSummaries {
  private readonly byControl = new Map<string, { records: number; scans: Map<string, Counts>; latest: string; failing: Set<string> }>();

  add(record: EvidenceRecord, controls: string[]): void {
    for (const id of controls) {
      let c = this.byControl.get(id);
      if (!c) {
        c = { records: 0, scans: new Map(), latest: record.scanId, failing: new Set() };
        this.byControl.set(id, c);
      }
      c.records++;
      let counts = c.scans.get(record.scanId);
      if (!counts) {
        c.scans.set(record.scanId, (counts = zero()));
        if (record.scanId !== c.latest) {
          c.latest = record.scanId;
          c.failing = new Set();
        }
      }
      counts[record.status]++;
      if (record.status === 'fail' && record.scanId === c.latest && c.failing.size < FAILING_LISTED) c.failing.add(record.assetId);
    }
  }

  /** Scan ids seen, in the order they first appeared (seq order, hence start order). */
  scanIds(): string[] {
    const out = new Set<string>();
    for (const c of this.byControl.values()) for (const id of c.scans.keys()) out.add(id);
    return [...out];
  }

  /**
   * The figures of one control; `stored(scanId)` gives the control's row stored by that scan, when any;
   * `manualPart`: the control also has a part no rule judges (see `statusOf`).
   */
  summary(controlId: string, stored: (scanId: string) => ControlRow | undefined, manualPart: boolean): ControlSummary {
    const c = this.byControl.get(controlId);
    if (!c) return { records: 0, scans: [], failingAssets: [] };
    const scans = [...c.scans].map(([scanId, counts]): ControlScan => {
      const row = stored(scanId);
      return row ? { scanId, counts, status: row.status, statusFrom: 'scan' } : { scanId, counts, status: statusOf(true, counts, manualPart), statusFrom: 'evidence' };
    });
    return { records: c.records, scans, failingAssets: [...c.failing] };
  }
}
