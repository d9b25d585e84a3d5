/**
 * `aws_s3_bucket` and its companion resources → `AWS::S3::Bucket` with the aspects the live collector stores
 * (src/providers/aws/services/s3/bucket-aspects.ts), and `aws_s3_account_public_access_block` →
 * `AWS::S3::AccountPublicAccessBlock`.
 *
 * A bucket's companions (`aws_s3_bucket_public_access_block`, `_acl`, `_policy`, ...) are joined through
 * their `bucket` argument: a reference (`aws_s3_bucket.b.id`) or the bucket's known name, in the same module.
 * The legacy inline arguments of provider v3 (`acl`, `grant`, `policy`, `versioning {}`, `logging {}`,
 * `server_side_encryption_configuration {}`) count where no companion resource sets the same aspect.
 *
 * Aspects the configuration does not set get what S3 gives a NEW bucket (documented defaults): Block Public
 * Access all on and ObjectOwnership BucketOwnerEnforced (April 2023), SSE-S3 default encryption (January
 * 2023), a private ACL, no policy, versioning never enabled, no logging. Where the configuration relies on
 * the opposite (a public ACL with no ownership controls or block written, which S3 rejects on a new bucket),
 * those aspects become gaps instead: the bucket can only be like that if it predates the defaults.
 */
import type { Asset } from '../../../../core/asset.js';
import { publicAclGrants, ALL_USERS_URI, AUTHENTICATED_USERS_URI, type AclGrant, type BucketAcl } from '../../../../analysis/aws/s3/acl.js';
import { publicGrants, type PolicyDocument } from '../../../../analysis/aws/s3/policy.js';
import { findUnknown, isUnknown, Unknown, type IacResource } from '../../../model.js';
import { AssetBuilder, block, blocks, iacId, knownString, type IacMapper, type MapContext } from '../../kit.js';
import { awsTags, bool, compact, kmsKeyRef, placement, present, ResourceIndex, str, warn } from './common.js';

export const BUCKET_TYPE = 'AWS::S3::Bucket';
export const ACCOUNT_BLOCK_TYPE = 'AWS::S3::AccountPublicAccessBlock';

const LOG_DELIVERY_URI = 'http://acs.amazonaws.com/groups/s3/LogDelivery';

const COMPANIONS = {
  publicAccessBlock: 'aws_s3_bucket_public_access_block',
  encryption: 'aws_s3_bucket_server_side_encryption_configuration',
  versioning: 'aws_s3_bucket_versioning',
  logging: 'aws_s3_bucket_logging',
  policy: 'aws_s3_bucket_policy',
  acl: 'aws_s3_bucket_acl',
  ownershipControls: 'aws_s3_bucket_ownership_controls',
} as const;
type Companion = keyof typeof COMPANIONS;

const DEFAULT_BLOCK = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };
const DEFAULT_OWNERSHIP = { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] };
const DEFAULT_ENCRYPTION = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' }, BucketKeyEnabled: false }] };

/**
 * The owner's grant. Its canonical user id is not known before apply (nor needed by any rule), so the
 * grantee carries the type only.
 */
const OWNER_GRANT: AclGrant = { Grantee: { Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' };
const group = (URI: string, Permission: string): AclGrant => ({ Grantee: { Type: 'Group', URI }, Permission });

/**
 * The grants S3 reports for a bucket created with a canned ACL (Amazon S3 user guide, "Canned ACL"). The
 * object-only ones (`bucket-owner-read`, `bucket-owner-full-control`) are ignored on buckets.
 */
export const CANNED_ACLS: Record<string, AclGrant[]> = {
  private: [OWNER_GRANT],
  'public-read': [OWNER_GRANT, group(ALL_USERS_URI, 'READ')],
  'public-read-write': [OWNER_GRANT, group(ALL_USERS_URI, 'READ'), group(ALL_USERS_URI, 'WRITE')],
  'aws-exec-read': [OWNER_GRANT, { Grantee: { Type: 'CanonicalUser', DisplayName: 'za-team' }, Permission: 'READ' }],
  'authenticated-read': [OWNER_GRANT, group(AUTHENTICATED_USERS_URI, 'READ')],
  'bucket-owner-read': [OWNER_GRANT],
  'bucket-owner-full-control': [OWNER_GRANT],
  'log-delivery-write': [OWNER_GRANT, group(LOG_DELIVERY_URI, 'WRITE'), group(LOG_DELIVERY_URI, 'READ_ACP')],
};

function cannedAcl(v: unknown): BucketAcl | Unknown {
  if (isUnknown(v)) return v;
  const grants = typeof v === 'string' ? CANNED_ACLS[v] : undefined;
  if (!grants) return new Unknown(`canned ACL ${JSON.stringify(v)} is not one S3 knows`);
  return { Grants: grants.map((g) => ({ ...g, Grantee: { ...g.Grantee } })) };
}

const GRANTEE_TYPES: Record<string, string> = { CanonicalUser: 'CanonicalUser', Group: 'Group', AmazonCustomerByEmail: 'AmazonCustomerByEmail' };

function grantee(g: Record<string, unknown>): Record<string, unknown> {
  return compact({ Type: GRANTEE_TYPES[String(g.type)] ?? g.type, ID: g.id ?? undefined, URI: g.uri ?? undefined, EmailAddress: g.email_address ?? undefined, DisplayName: g.display_name ?? undefined });
}

/** `aws_s3_bucket_acl`: a canned `acl`, or an `access_control_policy` with explicit grants. */
function aclFromResource(r: IacResource): unknown {
  const policy = r.values.access_control_policy;
  if (isUnknown(policy)) return policy;
  const acp = block(policy);
  if (acp) {
    const grants = blocks(acp.grant).map((g) => (isUnknown(g.grantee) ? { Grantee: g.grantee, Permission: g.permission } : { Grantee: grantee(block(g.grantee) ?? {}), Permission: g.permission }));
    const owner = block(acp.owner);
    return compact({ Owner: owner ? compact({ ID: owner.id ?? undefined, DisplayName: owner.display_name ?? undefined }) : undefined, Grants: grants });
  }
  return cannedAcl(r.values.acl ?? 'private');
}

/** Provider v3 inline `grant { type, id, uri, permissions }` blocks: one S3 grant per permission. */
function aclFromInlineGrants(v: unknown): unknown {
  if (isUnknown(v)) return v;
  return { Grants: blocks(v).flatMap((g) => (isUnknown(g.permissions) ? [{ Grantee: grantee(g), Permission: g.permissions }] : (Array.isArray(g.permissions) ? g.permissions : []).map((p) => ({ Grantee: grantee(g), Permission: p })))) };
}

/** A bucket policy as S3 returns it: parsed JSON, a gap for JSON that does not parse. */
function parsePolicy(v: unknown): unknown {
  if (isUnknown(v)) return v;
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'object') return v;
  if (typeof v !== 'string') return new Unknown('the policy is not a JSON string');
  try {
    return JSON.parse(v) as unknown;
  } catch (e) {
    return new MalformedPolicy((e as Error).message);
  }
}

class MalformedPolicy {
  constructor(readonly message: string) {}
}

function encryptionFrom(rules: unknown, from: IacResource): unknown {
  if (isUnknown(rules)) return rules;
  return {
    Rules: blocks(rules).map((rule) => {
      const d = block(rule.apply_server_side_encryption_by_default);
      return compact({
        ApplyServerSideEncryptionByDefault: d ? compact({ SSEAlgorithm: d.sse_algorithm, KMSMasterKeyID: d.kms_master_key_id === undefined || d.kms_master_key_id === null || d.kms_master_key_id === '' ? undefined : kmsKeyRef(d.kms_master_key_id, from) }) : undefined,
        BucketKeyEnabled: bool(rule.bucket_key_enabled, false),
      });
    }),
  };
}

function versioningFromResource(r: IacResource): unknown {
  const c = r.values.versioning_configuration;
  if (isUnknown(c)) return c;
  const conf = block(c) ?? {};
  const status = str(conf.status);
  const mfa = str(conf.mfa_delete);
  // "Disabled" is only accepted for a bucket that was never versioned: S3 then reports no Status at all.
  return compact({ Status: status === 'Disabled' ? undefined : status, MFADelete: mfa });
}

function versioningInline(v: unknown): unknown {
  if (isUnknown(v)) return v;
  const conf = block(v) ?? {};
  const enabled = bool(conf.enabled, false);
  const mfa = bool(conf.mfa_delete, false);
  if (isUnknown(enabled) || isUnknown(mfa)) return findUnknown([enabled, mfa]);
  return compact({ Status: enabled ? 'Enabled' : undefined, MFADelete: mfa ? 'Enabled' : undefined });
}

/** `target_bucket` as the bucket name S3 reports: a referenced bucket's known name when it is a reference. */
function targetBucket(v: unknown, from: IacResource, index: ResourceIndex): unknown {
  if (!isUnknown(v)) return v;
  const [target] = index.targets(from, v, ['aws_s3_bucket'], ['bucket']);
  return knownString(target?.values.bucket) ?? present(v);
}

function logging(target: unknown, prefix: unknown, from: IacResource, index: ResourceIndex): unknown {
  return { LoggingEnabled: compact({ TargetBucket: targetBucket(target, from, index), TargetPrefix: str(prefix, '') }) };
}

function publicAccessBlockFrom(r: IacResource): unknown {
  const v = r.values;
  return { BlockPublicAcls: bool(v.block_public_acls, false), IgnorePublicAcls: bool(v.ignore_public_acls, false), BlockPublicPolicy: bool(v.block_public_policy, false), RestrictPublicBuckets: bool(v.restrict_public_buckets, false) };
}

function ownershipFrom(r: IacResource): unknown {
  const rule = r.values.rule;
  if (isUnknown(rule)) return rule;
  return { Rules: blocks(rule).map((x) => ({ ObjectOwnership: x.object_ownership })) };
}

/** True when a known ACL grants anything beyond the owner's own full control. */
function aclNeedsAcls(acl: unknown): boolean {
  if (!acl || typeof acl !== 'object' || findUnknown(acl)) return false;
  const owner = (acl as BucketAcl).Owner?.ID;
  return ((acl as BucketAcl).Grants ?? []).some((g) => g.Grantee?.Type !== 'CanonicalUser' || g.Permission !== 'FULL_CONTROL' || (g.Grantee.ID !== undefined && g.Grantee.ID !== owner) || g.Grantee.DisplayName !== undefined);
}

/** Whether a known policy grants anything to everyone (a statement S3 would count public). */
function policyIsPublic(policy: unknown, arn: string): boolean {
  if (!policy || typeof policy !== 'object' || findUnknown(policy)) return false;
  return publicGrants(policy as PolicyDocument, arn).length > 0;
}

/** Object Lock turns versioning on for good when the bucket is created with it. */
function objectLockEnabled(v: Record<string, unknown>): boolean {
  return v.object_lock_enabled === true || block(v.object_lock_configuration)?.object_lock_enabled === 'Enabled';
}

interface BucketParts {
  companions: Partial<Record<Companion, IacResource>>;
}

function mapBucket(bucket: IacResource, parts: BucketParts, index: ResourceIndex, ctx: MapContext): Asset {
  const v = bucket.values;
  const { region, account, partition } = placement(bucket);
  const name = knownString(v.bucket);
  const id = name ? `arn:${partition}:s3:::${name}` : iacId(bucket);
  const tags = awsTags(bucket);
  const b = new AssetBuilder({ provider: 'aws', id, type: BUCKET_TYPE, kind: 'storage.bucket', name: name ?? bucket.address, account, region, tags }, bucket, ctx, 's3');
  const c = parts.companions;

  b.aspect('bucket', () => ({ Name: name ?? (isUnknown(v.bucket) ? v.bucket : new Unknown(v.bucket_prefix !== undefined ? 'bucket name generated from bucket_prefix' : 'bucket name generated by Terraform')), CreationDate: null, BucketRegion: region ?? null }));

  // ACL: the companion resource, else the inline canned acl / grants, else what a new bucket gets.
  let acl: unknown;
  let aclSet = true;
  if (c.acl) acl = aclFromResource(c.acl);
  else if (v.grant !== undefined && (isUnknown(v.grant) || blocks(v.grant).length)) acl = aclFromInlineGrants(v.grant);
  else if (v.acl !== undefined && v.acl !== null) acl = cannedAcl(v.acl);
  else {
    acl = { Grants: [OWNER_GRANT] };
    aclSet = false;
  }

  let policy: unknown = null;
  let policySet = false;
  const policyArg = c.policy ? c.policy.values.policy : v.policy;
  if (policyArg !== undefined && policyArg !== null && policyArg !== '') {
    policy = parsePolicy(policyArg);
    policySet = true;
  }

  // Settings a new bucket refuses unless the defaults are turned off first.
  const needsAcls = aclSet && aclNeedsAcls(acl);
  const publicAcl = needsAcls && !findUnknown(acl) && (publicAclGrants(acl as BucketAcl, 'read').length > 0 || publicAclGrants(acl as BucketAcl, 'write').length > 0);
  const publicPolicy = !(policy instanceof MalformedPolicy) && policyIsPublic(policy, id);

  if (c.publicAccessBlock) b.aspect('publicAccessBlock', () => publicAccessBlockFrom(c.publicAccessBlock!));
  else if (publicAcl || publicPolicy)
    b.setGap(
      'publicAccessBlock',
      'ConflictsWithDefault',
      `${bucket.address} grants public access through its ${publicAcl ? 'ACL' : 'policy'} but writes no aws_s3_bucket_public_access_block; S3 blocks public access on new buckets (April 2023), so the setting depends on when the bucket was created (${bucket.file}:${bucket.line})`,
    );
  else b.defaulted('publicAccessBlock', { ...DEFAULT_BLOCK });

  if (policy instanceof MalformedPolicy) {
    b.setGap('policy', 'MalformedPolicy', `bucket policy is not valid JSON: ${policy.message} (${(c.policy ?? bucket).file}:${(c.policy ?? bucket).line})`);
    b.setGap('policyStatus', 'MalformedPolicy', 'the bucket policy is not valid JSON');
    warn(ctx, c.policy ?? bucket, 'MalformedPolicy', `bucket policy is not valid JSON: ${policy.message}`, 'policy');
  } else if (policySet) {
    b.aspect('policy', () => policy);
    b.aspect('policyStatus', () => (findUnknown(policy) ? policy : publicPolicy ? { IsPublic: true } : { IsPublic: false }));
  } else {
    b.defaulted('policy', null);
    b.defaulted('policyStatus', null);
  }

  if (aclSet) b.aspect('acl', () => acl);
  else b.defaulted('acl', acl);

  if (c.encryption) b.aspect('encryption', () => encryptionFrom(c.encryption!.values.rule, c.encryption!));
  else {
    const inline = v.server_side_encryption_configuration;
    if (inline !== undefined && (isUnknown(inline) || blocks(inline).length)) b.aspect('encryption', () => (isUnknown(inline) ? inline : encryptionFrom(block(inline)?.rule, bucket)));
    else b.defaulted('encryption', structuredClone(DEFAULT_ENCRYPTION));
  }

  if (c.versioning) b.aspect('versioning', () => versioningFromResource(c.versioning!));
  else if (v.versioning !== undefined && (isUnknown(v.versioning) || blocks(v.versioning).length)) b.aspect('versioning', () => versioningInline(v.versioning));
  else if (objectLockEnabled(v)) b.aspect('versioning', () => ({ Status: 'Enabled' }));
  else b.defaulted('versioning', {});

  if (c.logging) b.aspect('logging', () => logging(c.logging!.values.target_bucket, c.logging!.values.target_prefix, c.logging!, index));
  else if (v.logging !== undefined && (isUnknown(v.logging) || blocks(v.logging).length)) {
    const l = block(v.logging);
    b.aspect('logging', () => (isUnknown(v.logging) ? v.logging : logging(l?.target_bucket, l?.target_prefix, bucket, index)));
  } else b.defaulted('logging', {});

  if (c.ownershipControls) b.aspect('ownershipControls', () => ownershipFrom(c.ownershipControls!));
  else if (needsAcls)
    b.setGap(
      'ownershipControls',
      'ConflictsWithDefault',
      `${bucket.address} sets an ACL with grants beyond the owner but writes no aws_s3_bucket_ownership_controls; new buckets have ACLs disabled (BucketOwnerEnforced, April 2023), so object ownership depends on when the bucket was created (${bucket.file}:${bucket.line})`,
    );
  else b.defaulted('ownershipControls', structuredClone(DEFAULT_OWNERSHIP));

  b.aspect('tags', () => findUnknown(v.tags) ?? tags);
  return b.build();
}

function mapAccountBlock(r: IacResource, ctx: MapContext): Asset {
  const { account, partition } = placement(r);
  const acct = knownString(r.values.account_id) ?? account;
  const id = acct ? `arn:${partition}:s3::${acct}:account-public-access-block` : iacId(r);
  const b = new AssetBuilder({ provider: 'aws', id, type: ACCOUNT_BLOCK_TYPE, kind: 'account.setting', name: 'account-public-access-block', account: acct, region: 'global' }, r, ctx, 's3control');
  b.aspect('publicAccessBlock', () => publicAccessBlockFrom(r));
  return b.build();
}

export const s3Mapper: IacMapper = {
  provider: 'aws',
  types: ['aws_s3_bucket', 'aws_s3_account_public_access_block', ...Object.values(COMPANIONS)],
  map(resources, ctx) {
    const index = new ResourceIndex(resources);
    const parts = new Map<IacResource, BucketParts>();
    for (const [aspect, type] of Object.entries(COMPANIONS) as Array<[Companion, string]>) {
      for (const [bucket, children] of index.children([type], 'bucket', ['aws_s3_bucket'], ['bucket'])) {
        const p = parts.get(bucket) ?? { companions: {} };
        parts.set(bucket, p);
        const [first, ...rest] = children;
        p.companions[aspect] = first;
        for (const dup of rest) warn(ctx, dup, 'DuplicateBucketSetting', `${bucket.address} already has its ${aspect} set by ${first!.address}; this one is ignored`);
      }
    }
    const out: Asset[] = [];
    for (const r of index.of('aws_s3_bucket')) if (r.mode === 'managed') out.push(mapBucket(r, parts.get(r) ?? { companions: {} }, index, ctx));
    for (const r of index.of('aws_s3_account_public_access_block')) if (r.mode === 'managed') out.push(mapAccountBlock(r, ctx));
    return out;
  },
};
