import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

/** DescribeKey's KeyMetadata, stored under `metadata` (MissingData when DescribeKey failed). */
export function keyMetadata(asset: Asset): KeyMetadata {
  return need<KeyMetadata>(asset, 'metadata');
}

/** AWS managed keys (alias/aws/*) are rotated and governed by AWS; customers cannot change them. */
export function isAwsManaged(m: KeyMetadata): boolean {
  return m.KeyManager === 'AWS';
}
