import { builtinFrameworks, complianceIndex, withRuleMappings } from '../compliance/registry.js';
import { inlineSuppressor, type Suppressor } from '../core/finding.js';
import { PostureTally } from '../compliance/tally.js';
import type { CollectionError } from '../core/asset.js';
import type { Framework } from '../core/framework.js';
import type { Rule } from '../core/rule.js';
import type { ScanSummary } from '../core/scan.js';
import type { DiscoveryEvent, DiscoveryResult, DiscoverySink } from '../providers/discovery.js';
import type { Store } from '../store/store.js';
import { RuleIndex, ScanEvaluator } from './evaluate.js';
import { governHeap, heapTargetMb } from '../runtime/heap-governor.js';

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
 * One scan: sources stream assets into the store. Each stored batch meets the rules that judge an asset
 * alone; as each account's discovery completes (and for every account left when discovery ends), its assets
 * meet the rules that look across assets. The verdicts go back into the store, which updates findings'
 * lifecycle when the scan completes. A scan that throws is recorded as failed and leaves history as it was.
 */
export async function runScan(run: ScanRun): Promise<ScanOutcome> {
  const stopGoverning = governHeap(heapTargetMb(SCAN_HEAP_TARGET_MB));
  try {
    return await scanWith(run);
  } finally {
    stopGoverning();
  }
}

/**
 * The heap a scan keeps to by default (see heap-governor.ts): a scan streams, so what it holds live is
 * bounded by its concurrency, not by the estate.
 */
export const SCAN_HEAP_TARGET_MB = 128;

async function scanWith(run: ScanRun): Promise<ScanOutcome> {
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
  const frameworks = withRuleMappings(run.frameworks ?? builtinFrameworks(), run.rules);
  const tally = new PostureTally(frameworks);
  const evaluator = new ScanEvaluator(store, scan.id, new RuleIndex(run.rules), {
    compliance: complianceIndex(frameworks),
    tally,
    suppressor: run.suppressor ?? inlineSuppressor,
    onProgress: (assets) => emit({ type: 'evaluated', assets }),
  });
  // Assets meet the rules that judge them alone as they are stored; each account meets the rest as soon as
  // its discovery completes, one at a time, while the others are still being discovered: judging hides
  // behind the waits rate limits impose on discovery.
  const judged = new Set<string>();
  let judging: Promise<void> = Promise.resolve();
  let judgeFailure: { error: unknown } | undefined;
  const judge = (account: string) => {
    if (judged.has(account)) return;
    judged.add(account);
    judging = judging.then(() => (judgeFailure ? undefined : evaluator.account(account))).catch((error: unknown) => void (judgeFailure ??= { error }));
  };
  try {
    emit({ type: 'phase', phase: 'discover' });
    const discovery = await run.discover({
      scope: (entries) => store.addScope(scan.id, entries),
      assets: async (batch) => {
        await store.putAssets(scan.id, batch);
        // The rules that judge an asset alone do so now, while discovery goes on (see ScanEvaluator).
        if (!judgeFailure) await evaluator.discovered(batch).catch((error: unknown) => void (judgeFailure ??= { error }));
      },
      coverage: (entries) => store.putCoverage(scan.id, entries),
      error: (error) => {
        pending.push(error);
        emit({ type: 'error', error });
      },
      event: (e) => {
        emit(e);
        if (e.type === 'account-done') judge(e.account);
      },
    });
    await flushErrors();
    emit({ type: 'phase', phase: 'evaluate' });
    for (const account of discovery.accounts) judge(account);
    await judging;
    if (judgeFailure) throw judgeFailure.error;
    await evaluator.finish();
    emit({ type: 'phase', phase: 'store' });
    await store.putControls(scan.id, tally.controlRows());
    await store.putScores(scan.id, tally.scores());
    const done = await store.finishScan(scan.id, 'complete');
    return { scan: done, discovery };
  } catch (e) {
    // Judging still under way stops at the next account and must not write into a scan being marked failed.
    judgeFailure ??= { error: e };
    await judging;
    await flushErrors().catch(() => undefined);
    await store.finishScan(scan.id, 'failed').catch(() => undefined);
    throw e;
  }
}
