import { createHash } from 'node:crypto';
import type { Asset } from './asset.js';
import type { ComplianceRef } from './rule.js';
import type { Evidence, Severity, Status } from './verdict.js';

export type FindingState = 'open' | 'resolved' | 'suppressed';

/**
 * Why a failing or unknown verdict is accepted: a parapet.yaml suppression (with owner and expiry) or an
 * inline `parapet:ignore` in IaC. A suppressed finding stays visible everywhere, marked with this, but never
 * counts toward `--fail-on`, the score's failures or a control's failure.
 */
export interface Suppression {
  /** `config`: parapet.yaml `suppressions:`; `inline`: a `parapet:ignore` comment in the IaC source. */
  kind: 'config' | 'inline';
  /** The suppression's id (config: given or derived `sup-<hex>`); absent for inline ones. */
  id?: string;
  reason: string;
  /** Where it is declared: `parapet.yaml:42`, `main.tf:11`. */
  source: string;
  /** Who owns the accepted risk (config suppressions). */
  owner?: string;
  /** Last day it holds, `YYYY-MM-DD` UTC inclusive (config suppressions). */
  until?: string;
}

/** Accepts verdicts: the engine asks it about every failing or unknown verdict. */
export interface Suppressor {
  match(ruleId: string, asset: Asset): Suppression | undefined;
}

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
  /** Present when the verdict was accepted by a suppression (then `state` is `suppressed`). */
  suppression?: Suppression;
}

export function findingId(ruleId: string, assetId: string): string {
  return createHash('sha256').update(`${ruleId}\n${assetId}`).digest('hex').slice(0, 32);
}

/** The asset's inline IaC `parapet:ignore <rule> <reason>` for this rule, as a suppression. */
export function inlineSuppression(ruleId: string, asset: Asset): Suppression | undefined {
  if (asset.source.type !== 'iac') return undefined;
  const s = asset.source.suppressions?.find((x) => x.ruleId === ruleId);
  return s ? { kind: 'inline', reason: s.reason, source: `${s.file ?? asset.source.file}:${s.line}` } : undefined;
}

/** Inline IaC suppressions only: what a scan applies when no parapet.yaml suppressions are given. */
export const inlineSuppressor: Suppressor = { match: inlineSuppression };
