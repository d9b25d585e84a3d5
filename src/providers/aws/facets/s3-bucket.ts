import type { Asset } from '../../../core/asset.js';
import { FacetGap, aspectFor, deriveFacets } from '../../../core/facets.js';
import type { Lookup, RuleContext } from '../../../core/rule.js';
import { ACCOUNT_BLOCK_TYPE, type BlockConfig, type BlockSetting } from '../../../analysis/aws/s3/block-settings.js';
import { evaluateExposure, type Access } from '../../../analysis/aws/s3/exposure.js';
import type { PolicyDocument } from '../../../analysis/aws/s3/policy.js';
import { tlsDenyStatements } from '../../../analysis/aws/s3/tls.js';

/**
 * S3 bucket facets. Public access reuses the AWS rules' effective-access analysis (ACL + policy minus Block
 * Public Access). The account-level block is another asset, unseen here, so the bucket is judged as if the
 * account block were off, then again with each account setting on: the settings that make it private are
 * recorded in `public*UnlessGuards`, and baseline rules resolve them against the account block's `guards`.
 */

/** A context where the account block has exactly the given settings on. */
function withAccountBlock(asset: Asset, on: BlockSetting[]): RuleContext {
  const config: BlockConfig = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
  for (const s of on) config[s] = true;
  const block: Asset = { ...asset, id: 'account-block', type: ACCOUNT_BLOCK_TYPE, config: { publicAccessBlock: config }, gaps: {}, facets: {} };
  return { find: (type): Lookup => ({ assets: type === ACCOUNT_BLOCK_TYPE ? [block] : [], errors: [] }) };
}

const GUARD_SETS: BlockSetting[][] = [['IgnorePublicAcls'], ['RestrictPublicBuckets'], ['IgnorePublicAcls', 'RestrictPublicBuckets']];

interface Exposure {
  public: boolean;
  unlessGuards?: string[];
}

/** Each bucket is evaluated up to four times per access; the facets read the result twice. */
const cache = new WeakMap<Asset, Partial<Record<Access, Exposure>>>();

function exposure(asset: Asset, access: Access): Exposure {
  const byAccess = cache.get(asset) ?? {};
  cache.set(asset, byAccess);
  return (byAccess[access] ??= computeExposure(asset, access));
}

function computeExposure(asset: Asset, access: Access): Exposure {
  const open = evaluateExposure(asset, withAccountBlock(asset, []), access);
  if (open.status === 'pass') return { public: false };
  if (open.status === 'unknown') throw new FacetGap({ provider: 'aws', account: asset.account, region: asset.region, service: 's3', operation: 'derive', code: 'Undetermined', message: open.reason, resource: asset.id });
  const guards = GUARD_SETS.find((set) => evaluateExposure(asset, withAccountBlock(asset, set), access).status === 'pass');
  return guards ? { public: true, unlessGuards: guards } : { public: true };
}

interface EncryptionRule {
  ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string };
}
const encryptionRule = (a: Asset) => aspectFor<{ Rules?: EncryptionRule[] } | null>(a, 'encryption')?.Rules?.[0]?.ApplyServerSideEncryptionByDefault;

export function s3BucketFacets(asset: Asset): Asset {
  const read = (a: Asset) => exposure(a, 'read');
  const write = (a: Asset) => exposure(a, 'write');
  return deriveFacets(asset, 'storage.bucket', {
    publicRead: (a) => read(a).public,
    publicReadUnlessGuards: (a) => read(a).unlessGuards,
    publicWrite: (a) => write(a).public,
    publicWriteUnlessGuards: (a) => write(a).unlessGuards,
    // Since January 2023 S3 encrypts every object (SSE-S3 at least); reading the aspect proves the bucket was seen.
    encryptedAtRest: (a) => (encryptionRule(a), true),
    // aws:kms without a key id uses the AWS-managed aws/s3 key; with one, only the key asset can tell.
    customerManagedKey: (a) => {
      const r = encryptionRule(a);
      if (!r?.SSEAlgorithm?.startsWith('aws:kms')) return false;
      return r.KMSMasterKeyID ? undefined : false;
    },
    keyRef: (a) => {
      const r = encryptionRule(a);
      return r?.SSEAlgorithm?.startsWith('aws:kms') ? r.KMSMasterKeyID : undefined;
    },
    versioning: (a) => aspectFor<{ Status?: string }>(a, 'versioning')?.Status === 'Enabled',
    accessLogging: (a) => Boolean(aspectFor<{ LoggingEnabled?: { TargetBucket?: string } }>(a, 'logging')?.LoggingEnabled?.TargetBucket),
    secureTransportOnly: (a) => tlsDenyStatements(aspectFor<PolicyDocument | null>(a, 'policy'), a.id).some((m) => m.allActions && m.bucketAndObjects),
  });
}

/** The account-level S3 Block Public Access asset: its four settings as scope guards. */
export function s3AccountBlockFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'account.setting', {
    guards: (a) => {
      const c = aspectFor<BlockConfig | null>(a, 'publicAccessBlock') ?? {};
      return { BlockPublicAcls: c.BlockPublicAcls === true, IgnorePublicAcls: c.IgnorePublicAcls === true, BlockPublicPolicy: c.BlockPublicPolicy === true, RestrictPublicBuckets: c.RestrictPublicBuckets === true };
    },
  });
}
