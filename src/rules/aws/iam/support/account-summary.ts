import { MissingData, need } from '../../../../core/rule.js';
import type { Asset } from '../../../../core/asset.js';

/** `GetAccountSummary` output as collected on `AWS::IAM::AccountSummary` (aspect `summary`). */
export interface AccountSummaryOutput {
  SummaryMap?: Record<string, number>;
}

/** One SummaryMap entry; a missing entry is missing data, never zero. */
export function summaryValue(asset: Asset, key: string): number {
  const summary = need<AccountSummaryOutput | null>(asset, 'summary');
  const value = summary?.SummaryMap?.[key];
  if (typeof value !== 'number') throw new MissingData(`GetAccountSummary returned no ${key}`, [{ path: `config.summary.SummaryMap.${key}`, observed: null, expected: 'a number' }]);
  return value;
}

/** Same, but `undefined` when AWS did not return the entry (for entries older accounts may lack). */
export function optionalSummaryValue(asset: Asset, key: string): number | undefined {
  const summary = need<AccountSummaryOutput | null>(asset, 'summary');
  const value = summary?.SummaryMap?.[key];
  return typeof value === 'number' ? value : undefined;
}

export const summaryPath = (key: string): string => `config.summary.SummaryMap.${key}`;
