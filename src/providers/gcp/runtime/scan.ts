/** GCP scans for the CLI and the lead's wiring (`scan gcp`, `scan all`, `demo`): discovery + rules into a store. */
import { runScan, type EngineEvent, type ScanOutcome } from '../../../engine/scan.js';
import type { Rule } from '../../../core/rule.js';
import type { Store } from '../../../store/store.js';
import { ToolError } from '../../aws/runtime/tool-error.js';
import type { Discover } from '../../discovery.js';
import { gcpCollectorsByService, gcpCollectorsFor } from '../services/index.js';
import type { ServiceAccountKey } from './auth.js';
import { discoverGcp } from './discover.js';

export interface GcpScanFlags {
  keyFile?: string | ServiceAccountKey;
  impersonateServiceAccount?: string;
  endpoint?: string;
  organization?: string;
  folders?: string[];
  projects?: string[];
  excludeProjects?: string[];
  services?: string[];
  projectConcurrency?: number;
}

/** The GCP discovery of a scan with these flags (unknown `services` are a tool error). */
export function gcpDiscovery(flags: GcpScanFlags, signal?: AbortSignal): Discover {
  const { collectors, unknown } = gcpCollectorsFor(flags.services);
  if (unknown.length) throw new ToolError(`--services: unknown GCP service ${unknown.join(', ')} (known: ${Object.keys(gcpCollectorsByService).join(', ')})`);
  const { services: _s, ...rest } = flags;
  return (sink) => discoverGcp({ ...rest, collectors, ...(signal ? { signal } : {}) }, sink);
}

/** Discovers GCP into the store and judges it with `rules`. */
export function scanGcp(store: Store, target: string, rules: Rule[], flags: GcpScanFlags, onEvent: (e: EngineEvent) => void, signal?: AbortSignal): Promise<ScanOutcome> {
  return runScan({ target, store, rules, onEvent, discover: gcpDiscovery(flags, signal) });
}
