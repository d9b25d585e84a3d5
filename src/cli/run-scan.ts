import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { runScan, type EngineEvent, type ScanOutcome } from '../engine/scan.js';
import { discoverAwsParallel } from '../providers/aws/runtime/parallel.js';
import { awsCollectorsByService, collectorsFor } from '../providers/aws/services/index.js';
import { UsageError } from './exit-codes.js';
import type { Provider } from '../core/asset.js';
import { discoverInTurn, type Discover } from '../providers/discovery.js';
import { builtinRules } from '../rules/index.js';
import type { Store } from '../store/store.js';

export interface AwsScanFlags {
  profile?: string;
  roleArn?: string;
  externalId?: string;
  org?: boolean;
  memberRole?: string;
  accounts?: string[];
  excludeAccounts?: string[];
  regions?: string[];
  services?: string[];
  endpoint?: string;
  credentials?: AwsCredentialIdentityProvider;
  accountConcurrency?: number;
  /**
   * Scanning threads, accounts split between them (default: `PARAPET_SCAN_WORKERS`, else the available
   * cores, at most one per account); 1 scans in the CLI's own thread.
   */
  workers?: number;
}

/** The AWS discovery of a scan with these flags (unknown `services` are a usage error, raised here). */
export function awsDiscovery(target: string, flags: AwsScanFlags, signal?: AbortSignal): Discover {
  const { collectors, unknown } = collectorsFor(flags.services);
  if (unknown.length) throw new UsageError(`--services: unknown service ${unknown.join(', ')} (known: ${Object.keys(awsCollectorsByService).join(', ')})`);
  return (sink) => {
    const { workers, ...rest } = flags;
    return discoverAwsParallel({ ...rest, collectors, ...(signal ? { signal } : {}) }, sink, { workers: workers ?? defaultWorkers(target) });
  };
}

/** Discovers AWS into the store and judges it with the built-in rules. */
export async function scanAws(store: Store, target: string, flags: AwsScanFlags, onEvent: (e: EngineEvent) => void, signal?: AbortSignal): Promise<ScanOutcome> {
  return runScan({ target, store, rules: builtinRules, onEvent, discover: awsDiscovery(target, flags, signal) });
}

/** Several clouds in one scan, one after the other (see `discoverInTurn`). */
export async function scanClouds(store: Store, target: string, parts: Array<{ provider: Provider; discover: Discover }>, onEvent: (e: EngineEvent) => void): Promise<ScanOutcome> {
  return runScan({ target, store, rules: builtinRules, onEvent, discover: discoverInTurn(parts) });
}

/**
 * The demo's estate is a few hundred resources served from this very process: starting threads costs more
 * than it saves (and doubles memory), so it scans inline unless PARAPET_SCAN_WORKERS says otherwise.
 */
function defaultWorkers(target: string): number | undefined {
  return target === 'demo' && !process.env.PARAPET_SCAN_WORKERS ? 1 : undefined;
}
