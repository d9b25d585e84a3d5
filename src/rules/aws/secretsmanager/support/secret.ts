import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

/** The `secret` aspect: the secret's ListSecrets entry (dates may be Date or, from storage, ISO strings). */
export const SECRET_ASPECT = 'secret';

export type CollectedSecret = Omit<SecretListEntry, 'CreatedDate' | 'LastAccessedDate' | 'LastRotatedDate' | 'NextRotationDate'> & {
  CreatedDate?: Date | string;
  LastAccessedDate?: Date | string;
  LastRotatedDate?: Date | string;
  NextRotationDate?: Date | string;
};

export function needSecret(asset: Asset): CollectedSecret {
  return need<CollectedSecret>(asset, SECRET_ASPECT);
}

const DAY_MS = 86_400_000;

/** A date from the aspect, or undefined when absent or unreadable. */
export function dateOf(v: Date | string | undefined): Date | undefined {
  if (v === undefined) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Whole days from `from` to the asset's observation time. */
export function daysSince(from: Date, asset: Asset): number {
  return Math.floor((Date.parse(asset.observedAt) - from.getTime()) / DAY_MS);
}

export const iso = (d: Date) => d.toISOString().slice(0, 10);
