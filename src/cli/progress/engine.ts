/** Feeds the engine's scan events into a progress sink. */
import type { EngineEvent } from '../../engine/scan.js';
import type { ProgressSink } from './types.js';

/** `aws.s3.buckets` -> `s3`. */
export function serviceOfCollector(id: string): string {
  return id.split('.')[1] ?? id;
}

/**
 * A handler for `ScanRun.onEvent` that updates `sink`. Keeps the set of regions seen so the plan's
 * region count grows as accounts start.
 */
export function engineEvents(sink: ProgressSink, initialProvider = 'aws'): (e: EngineEvent) => void {
  let provider = initialProvider;
  const regions = new Set<string>();
  let accounts = 0;
  let assessed = 0;
  return (e) => {
    switch (e.type) {
      case 'accounts':
        // Several providers scan in turn (`scan all`, `demo`): each announces its accounts; the plan
        // counts them all and later events are labelled with the provider now scanning.
        if (e.provider) provider = e.provider;
        accounts += e.accounts.length;
        sink.update({ type: 'plan', provider, accounts, regions: regions.size });
        break;
      case 'account-start': {
        const before = regions.size;
        for (const r of e.regions) regions.add(r);
        if (regions.size !== before) sink.update({ type: 'plan', provider, accounts, regions: regions.size });
        sink.update({ type: 'account-start', provider, account: e.account, regions: e.regions.length });
        break;
      }
      case 'account-done':
        sink.update({ type: 'account-done', provider, account: e.account });
        break;
      case 'collector-start':
        sink.update({ type: 'collector-start', provider, account: e.account, region: e.region, service: serviceOfCollector(e.collector), collector: e.collector });
        break;
      case 'collector-done':
        sink.update({ type: 'collector-done', provider, account: e.account, region: e.region, service: serviceOfCollector(e.collector), collector: e.collector, resources: e.resources, ok: e.ok });
        break;
      case 'resources':
        sink.update({ type: 'resources', count: e.count });
        break;
      case 'calls':
        if (e.count > 0) sink.update({ type: 'calls', count: e.count });
        break;
      case 'error':
        sink.update({ type: 'error', error: e.error });
        break;
      case 'phase':
        sink.update({ type: 'phase', phase: e.phase });
        break;
      case 'evaluated': {
        // The engine reports a running total; progress events carry increments.
        const delta = e.assets - assessed;
        assessed = Math.max(assessed, e.assets);
        if (delta > 0) sink.update({ type: 'evaluated', assets: delta, results: 0 });
        break;
      }
    }
  };
}
