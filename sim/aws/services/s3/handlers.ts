import type {
  GetBucketAclOutput,
  GetBucketEncryptionOutput,
  GetBucketLocationOutput,
  GetBucketLoggingOutput,
  GetBucketOwnershipControlsOutput,
  GetBucketPolicyOutput,
  GetBucketPolicyStatusOutput,
  GetBucketTaggingOutput,
  GetBucketVersioningOutput,
  GetPublicAccessBlockOutput,
  ListBucketsOutput,
  ListBucketsRequest,
} from '@aws-sdk/client-s3';
import { page, SimError, type SimContext, type SimHandler } from '../../service.js';
import { bucketInRegion, bucketsOf, canonicalId, findBucket, policyIsPublic, policyText, regionOf, tagList } from './section.js';

/** Without any paging parameter ListBuckets answers with every bucket; with one, pages default to 10,000. */
const LIST_DEFAULT_PAGE = 10_000;

function listBuckets(input: ListBucketsRequest, ctx: SimContext): ListBucketsOutput {
  const paginated = input.MaxBuckets != null || input.ContinuationToken != null || input.Prefix != null || input.BucketRegion != null;
  if (input.MaxBuckets != null && (input.MaxBuckets < 1 || input.MaxBuckets > 10_000)) throw new SimError('InvalidArgument', 'Argument max-buckets must be an integer between 1 and 10000.', 400);
  const owner = { ID: canonicalId(ctx.account.id) };
  const all = [...bucketsOf(ctx)]
    .filter((b) => (input.Prefix ? b.Name.startsWith(input.Prefix) : true))
    .filter((b) => (input.BucketRegion ? regionOf(b) === input.BucketRegion : true))
    .sort((a, b) => (a.Name < b.Name ? -1 : a.Name > b.Name ? 1 : 0));
  // Unpaginated (legacy) responses carry no BucketRegion; paginated ones do.
  if (!paginated) return { Buckets: all.map((b) => ({ Name: b.Name, CreationDate: b.CreationDate as Date })), Owner: owner };
  const { items, next } = page(all, input.ContinuationToken, input.MaxBuckets, LIST_DEFAULT_PAGE);
  return {
    Buckets: items.map((b) => ({ Name: b.Name, CreationDate: b.CreationDate as Date, BucketRegion: regionOf(b) })),
    Owner: owner,
    ...(next ? { ContinuationToken: next } : {}),
    ...(input.Prefix ? { Prefix: input.Prefix } : {}),
  };
}

const SSE_S3_DEFAULT = { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' as const }, BucketKeyEnabled: false }] };

export const operations: Record<string, SimHandler> = {
  ListBuckets: listBuckets,

  /** Answered from any region: it is how callers find a bucket's region. us-east-1 is the empty constraint. */
  GetBucketLocation(input: { Bucket: string }, ctx): GetBucketLocationOutput {
    const region = regionOf(findBucket(ctx, input.Bucket));
    return region === 'us-east-1' ? {} : { LocationConstraint: region as GetBucketLocationOutput['LocationConstraint'] };
  },

  GetPublicAccessBlock(input: { Bucket: string }, ctx): GetPublicAccessBlockOutput {
    const b = bucketInRegion(ctx, input.Bucket);
    if (!b.PublicAccessBlockConfiguration) throw new SimError('NoSuchPublicAccessBlockConfiguration', 'The public access block configuration was not found', 404);
    return { PublicAccessBlockConfiguration: b.PublicAccessBlockConfiguration };
  },

  GetBucketPolicy(input: { Bucket: string }, ctx): GetBucketPolicyOutput {
    const text = policyText(bucketInRegion(ctx, input.Bucket).Policy);
    if (!text) throw new SimError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
    return { Policy: text };
  },

  GetBucketPolicyStatus(input: { Bucket: string }, ctx): GetBucketPolicyStatusOutput {
    const b = bucketInRegion(ctx, input.Bucket);
    if (!policyText(b.Policy)) throw new SimError('NoSuchBucketPolicy', 'The bucket policy does not exist', 404);
    return { PolicyStatus: b.PolicyStatus ?? { IsPublic: policyIsPublic(b.Policy) } };
  },

  GetBucketAcl(input: { Bucket: string }, ctx): GetBucketAclOutput {
    const b = bucketInRegion(ctx, input.Bucket);
    const owner = b.Acl?.Owner ?? { ID: canonicalId(ctx.account.id) };
    const grants = b.Acl?.Grants ?? [{ Grantee: { Type: 'CanonicalUser', ID: owner.ID }, Permission: 'FULL_CONTROL' }];
    return { Owner: owner, Grants: grants };
  },

  GetBucketEncryption(input: { Bucket: string }, ctx): GetBucketEncryptionOutput {
    const b = bucketInRegion(ctx, input.Bucket);
    if (b.ServerSideEncryptionConfiguration === null) throw new SimError('ServerSideEncryptionConfigurationNotFoundError', 'The server side encryption configuration was not found', 404);
    return { ServerSideEncryptionConfiguration: b.ServerSideEncryptionConfiguration ?? SSE_S3_DEFAULT };
  },

  GetBucketVersioning(input: { Bucket: string }, ctx): GetBucketVersioningOutput {
    return { ...(bucketInRegion(ctx, input.Bucket).Versioning ?? {}) };
  },

  GetBucketLogging(input: { Bucket: string }, ctx): GetBucketLoggingOutput {
    const logging = bucketInRegion(ctx, input.Bucket).Logging;
    return logging ? { LoggingEnabled: logging } : {};
  },

  GetBucketOwnershipControls(input: { Bucket: string }, ctx): GetBucketOwnershipControlsOutput {
    const oc = bucketInRegion(ctx, input.Bucket).OwnershipControls;
    if (!oc) throw new SimError('OwnershipControlsNotFoundError', 'The bucket ownership controls were not found', 404);
    return { OwnershipControls: oc };
  },

  GetBucketTagging(input: { Bucket: string }, ctx): GetBucketTaggingOutput {
    const tags = tagList(bucketInRegion(ctx, input.Bucket).Tags);
    if (!tags.length) throw new SimError('NoSuchTagSet', 'The TagSet does not exist', 404);
    return { TagSet: tags };
  },
};
