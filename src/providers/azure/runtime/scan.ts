/**
 * Discover Azure into a store and judge it with the rules: what `parapet scan azure`, `scan all` and
 * `demo` call. Collector selection by service (`--services storage,network`).
 */
import { runScan, type EngineEvent, type ScanOutcome } from '../../../engine/scan.js';
import type { Rule } from '../../../core/rule.js';
import type { Store } from '../../../store/store.js';
import { ToolError } from '../../aws/runtime/tool-error.js';
import type { AzureCollector } from '../collector.js';
import { azureCollectors, azureCollectorsByService } from '../services/index.js';
import type { Discover } from '../../discovery.js';
import { discoverAzure, type AzureScanOptions } from './discover.js';

/** The collectors of the named services (all when none named); throws naming unknown services. */
export function azureCollectorsFor(services: string[] | undefined): AzureCollector[] {
  if (!services?.length) return azureCollectors;
  const unknown = services.filter((s) => !azureCollectorsByService[s]);
  if (unknown.length) throw new ToolError(`--services: unknown Azure service ${unknown.join(', ')} (known: ${Object.keys(azureCollectorsByService).join(', ')})`);
  return services.flatMap((s) => azureCollectorsByService[s] ?? []);
}

export type AzureScanFlags = Omit<AzureScanOptions, 'collectors'> & { services?: string[] };

/** The Azure discovery of a scan with these flags (unknown `services` are a tool error, raised here). */
export function azureDiscovery(flags: AzureScanFlags): Discover {
  const { services, ...opts } = flags;
  const collectors = azureCollectorsFor(services);
  return (sink) => discoverAzure({ ...opts, collectors }, sink);
}

export async function scanAzure(store: Store, target: string, rules: Rule[], flags: AzureScanFlags, onEvent: (e: EngineEvent) => void): Promise<ScanOutcome> {
  return runScan({ target, store, rules, onEvent, discover: azureDiscovery(flags) });
}
