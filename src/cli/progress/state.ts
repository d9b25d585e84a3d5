/** The running totals both progress displays show, folded from events. */
import type { CollectionError } from '../../core/asset.js';
import type { CollectorScope, ProgressEvent } from './types.js';

export interface ActiveCollector extends CollectorScope {
  since: number;
}

export interface ProgressState {
  startedAt: number;
  provider?: string;
  phase?: string;
  phaseDetail?: string;
  accounts: { total: number; started: number; done: number };
  regions: number;
  /** Running collectors, keyed account/region/collector. */
  active: Map<string, ActiveCollector>;
  collectors: { done: number; failed: number };
  resources: number;
  calls: number;
  retries: number;
  errors: number;
  /** The last few errors, newest last. */
  recentErrors: CollectionError[];
  evaluated: { assets: number; results: number };
}

export function newState(now: number): ProgressState {
  return {
    startedAt: now,
    accounts: { total: 0, started: 0, done: 0 },
    regions: 0,
    active: new Map(),
    collectors: { done: 0, failed: 0 },
    resources: 0,
    calls: 0,
    retries: 0,
    errors: 0,
    recentErrors: [],
    evaluated: { assets: 0, results: 0 },
  };
}

export const collectorKey = (s: Pick<CollectorScope, 'account' | 'region' | 'collector'>) => `${s.account}/${s.region}/${s.collector}`;

function count(n: number): number {
  return Number.isFinite(n) && n > 0 ? n : 0;
}

export function apply(state: ProgressState, e: ProgressEvent, now: number, keepErrors = 5): void {
  switch (e.type) {
    case 'plan':
      state.provider = e.provider;
      state.accounts.total = e.accounts;
      state.regions = e.regions;
      break;
    case 'phase':
      state.phase = e.phase;
      state.phaseDetail = e.detail;
      break;
    case 'account-start':
      state.accounts.started++;
      if (state.accounts.total < state.accounts.started) state.accounts.total = state.accounts.started;
      break;
    case 'account-done':
      state.accounts.done++;
      break;
    case 'collector-start':
      state.active.set(collectorKey(e), { provider: e.provider, account: e.account, region: e.region, service: e.service, collector: e.collector, since: now });
      break;
    case 'collector-done':
      state.active.delete(collectorKey(e));
      state.collectors.done++;
      if (!e.ok) state.collectors.failed++;
      break;
    case 'resources':
      state.resources += count(e.count);
      break;
    case 'calls':
      state.calls += count(e.count);
      break;
    case 'retry':
      state.retries++;
      break;
    case 'error':
      state.errors++;
      state.recentErrors.push(e.error);
      if (state.recentErrors.length > keepErrors) state.recentErrors.shift();
      break;
    case 'evaluated':
      state.evaluated.assets += count(e.assets);
      state.evaluated.results += count(e.results);
      break;
  }
}
