import {
  GetBucketAclCommand,
  GetBucketEncryptionCommand,
  GetBucketLoggingCommand,
  GetBucketOwnershipControlsCommand,
  GetBucketPolicyCommand,
  GetBucketPolicyStatusCommand,
  type GetBucketPolicyCommandOutput,
  type GetBucketPolicyStatusCommandOutput,
  GetBucketTaggingCommand,
  GetBucketVersioningCommand,
  GetPublicAccessBlockCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, CallResult } from '../../collector.js';
import { tagsFromList } from '../../collector.js';

/**
 * The per-bucket calls, one per aspect, sent at once to the bucket's own region (S3 redirects calls signed
 * for another region); only GetBucketPolicyStatus waits for GetBucketPolicy. What each aspect holds (the
 * SDK output, unwrapped where the output is a single wrapper member, so rules read
 * `config.publicAccessBlock.BlockPublicAcls`):
 *
 *   publicAccessBlock  PublicAccessBlockConfiguration | null (NoSuchPublicAccessBlockConfiguration)
 *   policy             the policy document parsed from JSON | null (NoSuchBucketPolicy)
 *   policyStatus       PolicyStatus {IsPublic} | null (no policy: S3 answers NoSuchBucketPolicy, so the call is
 *                      made only when GetBucketPolicy did not already say so; `null` then names GetBucketPolicy)
 *   acl                {Owner, Grants}
 *   encryption         ServerSideEncryptionConfiguration {Rules} | null (ServerSideEncryptionConfigurationNotFoundError)
 *   versioning         {Status?, MFADelete?} (no Status: never versioned)
 *   logging            {LoggingEnabled?}
 *   ownershipControls  OwnershipControls {Rules} | null (OwnershipControlsNotFoundError)
 *   tags               {key: value} | null (NoSuchTagSet); also copied to asset.tags
 */
export const BUCKET_ASPECTS = ['publicAccessBlock', 'policy', 'policyStatus', 'acl', 'encryption', 'versioning', 'logging', 'ownershipControls', 'tags'];

export const BUCKET_PERMISSIONS = [
  's3:GetBucketPublicAccessBlock',
  's3:GetBucketPolicy',
  's3:GetBucketPolicyStatus',
  's3:GetBucketAcl',
  's3:GetEncryptionConfiguration',
  's3:GetBucketVersioning',
  's3:GetBucketLogging',
  's3:GetBucketOwnershipControls',
  's3:GetBucketTagging',
];

/** A policy that is not JSON is recorded as a gap: rules must not guess what it grants. */
function parsePolicy(result: CallResult<{ Policy?: string } | null>, ctx: AwsCollectContext, bucket: string, region: string): CallResult<unknown> {
  if (!result.ok || result.value === null) return result;
  try {
    return { ok: true, value: JSON.parse(result.value.Policy ?? 'null'), source: result.source };
  } catch (e) {
    const message = `bucket policy is not valid JSON: ${(e as Error).message}`;
    return { ok: false, error: { provider: 'aws', account: ctx.account, region, service: 's3', operation: 'GetBucketPolicy', code: 'MalformedPolicy', message, resource: bucket } };
  }
}

/**
 * GetBucketPolicy, then GetBucketPolicyStatus only when it can tell something: for a bucket without a policy
 * S3 answers the status call with the same NoSuchBucketPolicy, and most buckets have none. A policy that
 * could not be read (denied, failed) still gets the status call: S3's own IsPublic may settle exposure.
 */
async function policyAndStatus(
  ctx: AwsCollectContext,
  s3: S3Client,
  Bucket: string,
  opts: { region: string; resource: string; absentOn?: string[] },
): Promise<[CallResult<GetBucketPolicyCommandOutput | null>, CallResult<GetBucketPolicyStatusCommandOutput | null>]> {
  const policy = await ctx.call('GetBucketPolicy', () => s3.send(new GetBucketPolicyCommand({ Bucket })), opts);
  if (policy.ok && policy.value === null) return [policy, { ok: true, value: null, source: policy.source }];
  return [policy, await ctx.call('GetBucketPolicyStatus', () => s3.send(new GetBucketPolicyStatusCommand({ Bucket })), opts)];
}

/** Fills every aspect of one bucket asset (the calls run concurrently; the runtime's limiter paces them). */
export async function describeBucket(ctx: AwsCollectContext, asset: Asset, bucket: string, region: string): Promise<void> {
  const s3 = ctx.client(S3Client, region);
  const Bucket = bucket;
  const opts = (absentOn?: string) => ({ region, resource: bucket, ...(absentOn ? { absentOn: [absentOn] } : {}) });
  const [block, [policy, status], acl, encryption, versioning, logging, ownership, tagging] = await Promise.all([
    ctx.call('GetPublicAccessBlock', () => s3.send(new GetPublicAccessBlockCommand({ Bucket })), opts('NoSuchPublicAccessBlockConfiguration')),
    policyAndStatus(ctx, s3, Bucket, opts('NoSuchBucketPolicy')),
    ctx.call('GetBucketAcl', () => s3.send(new GetBucketAclCommand({ Bucket })), opts()),
    ctx.call('GetBucketEncryption', () => s3.send(new GetBucketEncryptionCommand({ Bucket })), opts('ServerSideEncryptionConfigurationNotFoundError')),
    ctx.call('GetBucketVersioning', () => s3.send(new GetBucketVersioningCommand({ Bucket })), opts()),
    ctx.call('GetBucketLogging', () => s3.send(new GetBucketLoggingCommand({ Bucket })), opts()),
    ctx.call('GetBucketOwnershipControls', () => s3.send(new GetBucketOwnershipControlsCommand({ Bucket })), opts('OwnershipControlsNotFoundError')),
    ctx.call('GetBucketTagging', () => s3.send(new GetBucketTaggingCommand({ Bucket })), opts('NoSuchTagSet')),
  ]);
  ctx.aspect(asset, 'publicAccessBlock', block, (o) => o?.PublicAccessBlockConfiguration ?? null);
  ctx.aspect(asset, 'policy', parsePolicy(policy, ctx, bucket, region));
  ctx.aspect(asset, 'policyStatus', status, (o) => o?.PolicyStatus ?? null);
  ctx.aspect(asset, 'acl', acl, (o) => ({ Owner: o?.Owner, Grants: o?.Grants ?? [] }));
  ctx.aspect(asset, 'encryption', encryption, (o) => o?.ServerSideEncryptionConfiguration ?? null);
  ctx.aspect(asset, 'versioning', versioning, (o) => ({ ...(o?.Status ? { Status: o?.Status } : {}), ...(o?.MFADelete ? { MFADelete: o?.MFADelete } : {}) }));
  ctx.aspect(asset, 'logging', logging, (o) => (o?.LoggingEnabled ? { LoggingEnabled: o?.LoggingEnabled } : {}));
  ctx.aspect(asset, 'ownershipControls', ownership, (o) => o?.OwnershipControls ?? null);
  ctx.aspect(asset, 'tags', tagging, (o) => tagsFromList(o?.TagSet));
  if (tagging.ok && tagging.value) asset.tags = tagsFromList(tagging.value.TagSet);
}
