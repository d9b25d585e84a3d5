import type { Asset } from '../../../core/asset.js';
import { describeError } from '../../../core/asset.js';
import type { RuleContext } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';

/** The type the account-level block is collected as (one asset per account, from S3 Control). */
export const ACCOUNT_BLOCK_TYPE = 'AWS::S3::AccountPublicAccessBlock';
export const BLOCK_ASPECT = 'publicAccessBlock';

export const BLOCK_SETTINGS = ['BlockPublicAcls', 'IgnorePublicAcls', 'BlockPublicPolicy', 'RestrictPublicBuckets'] as const;
export type BlockSetting = (typeof BLOCK_SETTINGS)[number];
export type BlockConfig = Partial<Record<BlockSetting, boolean>>;

/** A setting's state where it could be read; `undefined` with `why` where it could not. */
export interface SettingState {
  on: boolean | undefined;
  /** Where the answer comes from, or why there is none. */
  why: string;
  evidence: Evidence[];
}

/** The bucket's own block, as collected: the config, `null` (none configured) or a reason it is unknown. */
export function bucketBlock(bucket: Asset): { config: BlockConfig | null } | { unknown: string } {
  const gap = bucket.gaps[BLOCK_ASPECT];
  if (gap) return { unknown: `bucket public access block could not be read: ${describeError(gap)}` };
  if (!(BLOCK_ASPECT in bucket.config)) return { unknown: 'bucket public access block was not collected' };
  return { config: (bucket.config[BLOCK_ASPECT] as BlockConfig | null) ?? null };
}

/** The account's block for the bucket's owner account, found through the rule context. */
export function accountBlock(ctx: RuleContext, account: string): { asset: Asset; config: BlockConfig | null } | { unknown: string } {
  const found = ctx.find(ACCOUNT_BLOCK_TYPE, { account });
  const listingError = found.errors[0];
  if (listingError) return { unknown: `account public access block could not be read: ${describeError(listingError)}` };
  const asset = found.assets[0];
  if (!asset) return { unknown: 'account public access block was not collected' };
  const gap = asset.gaps[BLOCK_ASPECT];
  if (gap) return { unknown: `account public access block could not be read: ${describeError(gap)}` };
  if (!(BLOCK_ASPECT in asset.config)) return { unknown: 'account public access block was not collected' };
  return { asset, config: (asset.config[BLOCK_ASPECT] as BlockConfig | null) ?? null };
}

/**
 * Whether a setting is in force for a bucket: S3 applies the most restrictive of the bucket's and the
 * account's blocks, so one level known to be on is enough, and "off" needs both levels known to be off.
 */
export function settingInForce(bucket: Asset, ctx: RuleContext, setting: BlockSetting): SettingState {
  const b = bucketBlock(bucket);
  const a = accountBlock(ctx, bucket.account);
  const bucketOn = 'unknown' in b ? undefined : b.config?.[setting] === true;
  const accountOn = 'unknown' in a ? undefined : a.config?.[setting] === true;
  const evidence: Evidence[] = [
    { path: `config.${BLOCK_ASPECT}.${setting}`, observed: 'unknown' in b ? null : (b.config?.[setting] ?? null), expected: true },
    { path: `account:${ACCOUNT_BLOCK_TYPE}.config.${BLOCK_ASPECT}.${setting}`, observed: 'unknown' in a ? null : (a.config?.[setting] ?? null), expected: true },
  ];
  if (bucketOn) return { on: true, why: `${setting} is on for the bucket`, evidence };
  if (accountOn) return { on: true, why: `${setting} is on for the account`, evidence };
  if (bucketOn === false && accountOn === false) return { on: false, why: `${setting} is off for both the bucket and the account`, evidence };
  const reasons = ['unknown' in b ? b.unknown : undefined, 'unknown' in a ? a.unknown : undefined].filter(Boolean);
  return { on: undefined, why: reasons.join('; '), evidence };
}
