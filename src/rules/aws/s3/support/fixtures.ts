/** Fixture builders for the S3 rule tests (test-only; not imported by rules). */
import type { Asset, CollectionError } from '../../../../core/asset.js';
import { awsAsset, deniedGap } from '../../../../../test/support/assets.js';
import { ACCOUNT_BLOCK_TYPE, type BlockConfig } from '../../../../analysis/aws/s3/block-settings.js';

export const OWNER = '111122223333';
export const OTHER = '444455556666';
export const OWNER_CANONICAL_ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';

export const ALL_ON: BlockConfig = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
export const ALL_OFF: BlockConfig = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

export const ownerOnlyAcl = {
  Owner: { ID: OWNER_CANONICAL_ID },
  Grants: [{ Grantee: { Type: 'CanonicalUser', ID: OWNER_CANONICAL_ID }, Permission: 'FULL_CONTROL' }],
};

export function aclWith(group: 'AllUsers' | 'AuthenticatedUsers' | 'LogDelivery', permission: string) {
  const uri = group === 'LogDelivery' ? 'http://acs.amazonaws.com/groups/s3/LogDelivery' : `http://acs.amazonaws.com/groups/global/${group}`;
  return { ...ownerOnlyAcl, Grants: [...ownerOnlyAcl.Grants, { Grantee: { Type: 'Group', URI: uri }, Permission: permission }] };
}

export function policy(...statements: Array<Record<string, unknown>>) {
  return { Version: '2012-10-17', Statement: statements };
}

/** A bucket named `fixture-bucket`, with the given aspects and gaps (aspect name -> denied call). */
export function bucket(config: Record<string, unknown>, denied: Record<string, string> = {}, name = 'fixture-bucket'): Asset {
  const gaps: Record<string, CollectionError> = {};
  for (const [aspect, operation] of Object.entries(denied)) gaps[aspect] = { ...deniedGap('s3', operation), account: OWNER, resource: name };
  return awsAsset({ type: 'AWS::S3::Bucket', kind: 'storage.bucket', id: `arn:aws:s3:::${name}`, account: OWNER, name, config, gaps });
}

/** The account-level block asset as the S3 Control collector produces it; `'denied'` records a gap. */
export function accountBlock(config: BlockConfig | null | 'denied', account = OWNER): Asset {
  const base = { type: ACCOUNT_BLOCK_TYPE, kind: 'account.setting', id: `arn:aws:s3::${account}:account-public-access-block`, account, region: 'global', name: 'account-public-access-block' };
  if (config === 'denied') return awsAsset({ ...base, gaps: { publicAccessBlock: { ...deniedGap('s3control', 'GetPublicAccessBlock'), account } } });
  return awsAsset({ ...base, config: { publicAccessBlock: config } });
}
