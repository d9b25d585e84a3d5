import { builtinFrameworks, complianceIndex, withRuleMappings } from '../compliance/registry.js';
import { inlineSuppressor, type Suppressor } from '../core/finding.js';
import { PostureTally } from '../compliance/tally.js';
import type { CollectionError } from '../core/asset.js';
import type { Framework } from '../core/framework.js';
import type { Rule } from '../core/rule.js';
import type { ScanSummary } from '../core/scan.js';
import type { DiscoveryEvent, DiscoveryResult, DiscoverySink } from '../providers/discovery.js';
import type { Store } from '../store/store.js';
import { evaluateScan, RuleIndex } from './evaluate.js';

export type EngineEvent = DiscoveryEvent | { type: 'error'; error: CollectionError } | { type: 'phase'; phase: 'discover' | 'evaluate' | 'store' } | { type: 'evaluated'; assets: number };

export interface ScanRun {
  /** What the scan is of, as the user asked: `aws`, `demo`. */
  target: string;
  store: Store;
  rules: Rule[];
  discover(sink: DiscoverySink): Promise<DiscoveryResult>;
  /**
   * Frameworks whose control status and scores are stored with the scan (default: the shipped ones). Custom
   * rules' own compliance mappings are added to their controls (`withRuleMappings`).
   */
  frameworks?: Framework[];
  /** Accepts failing and unknown verdicts; default: inline IaC `parapet:ignore` comments only. */
  suppressor?: Suppressor;
  onEvent?(e: EngineEvent): void;
}

export interface ScanOutcome {
  scan: ScanSummary;
  discovery: DiscoveryResult;
}

/**
 * One scan: sources stream assets into the store, then every asset meets the rules that apply to it and
 * the verdicts go back into the store, which updates findings' lifecycle when the scan completes. A scan
 * that throws is recorded as failed and leaves history as it was.
 */
export async function runScan(run: ScanRun): Promise<ScanOutcome> {
  const { store } = run;
  const emit = run.onEvent ?? (() => undefined);
  const scan = await store.beginScan(run.target, []);
  let pending: CollectionError[] = [];
  const flushErrors = async () => {
    if (pending.length === 0) return;
    const e = pending;
    pending = [];
    await store.putErrors(scan.id, e);
  };
  try {
    emit({ type: 'phase', phase: 'discover' });
    const discovery = await run.discover({
      scope: (entries) => store.addScope(scan.id, entries),
      assets: (batch) => store.putAssets(scan.id, batch),
      coverage: (entries) => store.putCoverage(scan.id, entries),
      error: (error) => {
        pending.push(error);
        emit({ type: 'error', error });
      },
      event: emit,
    });
    await flushErrors();
    emit({ type: 'phase', phase: 'evaluate' });
    const frameworks = withRuleMappings(run.frameworks ?? builtinFrameworks(), run.rules);
    const tally = new PostureTally(frameworks);
    await evaluateScan(store, scan.id, discovery.accounts, new RuleIndex(run.rules), {
      compliance: complianceIndex(frameworks),
      tally,
      suppressor: run.suppressor ?? inlineSuppressor,
      onProgress: (assets) => emit({ type: 'evaluated', assets }),
    });
    emit({ type: 'phase', phase: 'store' });
    await store.putControls(scan.id, tally.controlRows());
    await store.putScores(scan.id, tally.scores());
    const done = await store.finishScan(scan.id, 'complete');
    return { scan: done, discovery };
  } catch (e) {
    await flushErrors().catch(() => undefined);
    await store.finishScan(scan.id, 'failed').catch(() => undefined);
    throw e;
  }
}
