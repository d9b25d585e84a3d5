import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { runScan, type EngineEvent, type ScanOutcome } from '../engine/scan.js';
import { discoverAws } from '../providers/aws/runtime/discover.js';
import { awsCollectorsByService, collectorsFor } from '../providers/aws/services/index.js';
import { UsageError } from './exit-codes.js';
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
}

/** Discovers AWS into the store and judges it with the built-in rules. */
export async function scanAws(store: Store, target: string, flags: AwsScanFlags, onEvent: (e: EngineEvent) => void, signal?: AbortSignal): Promise<ScanOutcome> {
  const { collectors, unknown } = collectorsFor(flags.services);
  if (unknown.length) throw new UsageError(`--services: unknown service ${unknown.join(', ')} (known: ${Object.keys(awsCollectorsByService).join(', ')})`);
  return runScan({
    target,
    store,
    rules: builtinRules,
    onEvent,
    discover: (sink) =>
      discoverAws(
        {
          ...flags,
          collectors,
          ...(signal ? { signal } : {}),
        },
        sink,
      ),
  });
}
