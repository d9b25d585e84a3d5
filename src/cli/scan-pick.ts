import type { ScanSummary } from '../core/scan.js';
import type { Store } from '../store/store.js';
import { UsageError } from './exit-codes.js';

/**
 * The scan a report is about: `--scan ID`, else the latest complete scan started at or before `--at`
 * (a date or timestamp), else the latest complete scan.
 */
export async function pickScan(store: Store, db: string, o: { scan?: string; at?: string }): Promise<ScanSummary> {
  if (o.scan) {
    const s = await store.getScan(o.scan);
    if (!s) throw new UsageError(`--scan: no scan '${o.scan}' in ${db}`);
    return s;
  }
  let until: string | undefined;
  if (o.at) {
    const t = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(o.at) ? `${o.at}T23:59:59.999Z` : o.at);
    if (Number.isNaN(t)) throw new UsageError(`--at: '${o.at}' is not a date (2026-11-29) or an ISO timestamp`);
    until = new Date(t).toISOString();
  }
  const scans = await store.listScans(100_000);
  const found = scans.find((s) => s.status === 'complete' && (until === undefined || s.startedAt <= until));
  if (!found) throw new UsageError(until ? `no complete scan started at or before ${until} in ${db}` : `no complete scan in ${db}: run 'parapet demo' or 'parapet scan ...' first`);
  return found;
}
