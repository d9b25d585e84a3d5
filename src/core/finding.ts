import { createHash } from 'node:crypto';
import type { Asset } from './asset.js';
import type { ComplianceRef } from './rule.js';
import type { Evidence, Severity, Status } from './verdict.js';

export type FindingState = 'open' | 'resolved' | 'suppressed';

/** A rule's verdict on one asset, with its lifecycle across scans. */
export interface Finding {
  /** Stable: hash of rule id + asset id. */
  id: string;
  ruleId: string;
  title: string;
  severity: Severity;
  status: Status;
  reason: string;
  evidence: Evidence[];
  compliance: ComplianceRef[];
  asset: Pick<Asset, 'id' | 'provider' | 'account' | 'region' | 'type' | 'kind' | 'name'>;
  /** Lifecycle, filled by the store. */
  state: FindingState;
  firstSeen: string;
  lastSeen: string;
  resolvedAt?: string | null;
}

export function findingId(ruleId: string, assetId: string): string {
  return createHash('sha256').update(`${ruleId}\n${assetId}`).digest('hex').slice(0, 32);
}
