import { createHash } from 'node:crypto';
import type { Grant, LoggingEnabled, Owner, OwnershipControls, PublicAccessBlockConfiguration, ServerSideEncryptionConfiguration, Tag } from '@aws-sdk/client-s3';
import { SimError, type SimContext } from '../../service.js';

/**
 * The `global.s3` section of an estate: the account's general purpose buckets, each with the
 * configuration its Get* calls return. A key left out means "never configured" and answers the way AWS
 * answers for that (NoSuchBucketPolicy, NoSuchPublicAccessBlockConfiguration, OwnershipControlsNotFoundError,
 * NoSuchTagSet, no Status from GetBucketVersioning, no LoggingEnabled), with two exceptions that follow
 * AWS's own defaults: encryption (SSE-S3 on every bucket since January 2023; `null` makes
 * GetBucketEncryption answer ServerSideEncryptionConfigurationNotFoundError) and the ACL (owner
 * FULL_CONTROL).
 */
export interface S3Section {
  buckets?: SimBucket[];
}

export interface SimBucket {
  Name: string;
  /** ISO string or Date. */
  CreationDate: string | Date;
  /** The bucket's region (ListBuckets' BucketRegion). Default us-east-1. */
  Region?: string;
  PublicAccessBlockConfiguration?: PublicAccessBlockConfiguration | null;
  /** The bucket policy: a JSON string, or the document as an object (served as JSON text). */
  Policy?: string | Record<string, unknown> | null;
  /** GetBucketPolicyStatus; computed from the policy when left out (see `policyIsPublic`). */
  PolicyStatus?: { IsPublic: boolean };
  Acl?: { Owner?: Owner; Grants?: Grant[] };
  ServerSideEncryptionConfiguration?: ServerSideEncryptionConfiguration | null;
  /** GetBucketVersioning: Status Enabled/Suspended, MFADelete Enabled/Disabled. Left out: never versioned. */
  Versioning?: { Status?: 'Enabled' | 'Suspended'; MFADelete?: 'Enabled' | 'Disabled' };
  Logging?: LoggingEnabled | null;
  OwnershipControls?: OwnershipControls | null;
  /** `{key: value}` or AWS's `[{Key, Value}]`. */
  Tags?: Record<string, string> | Tag[];
}

export const DEFAULT_REGION = 'us-east-1';

/** A stable stand-in for the account's canonical user id (64 hex characters, as AWS's are). */
export function canonicalId(accountId: string): string {
  return createHash('sha256').update(`canonical:${accountId}`).digest('hex');
}

export function bucketsOf(ctx: SimContext): SimBucket[] {
  return ctx.global<S3Section>('s3').buckets ?? [];
}

export function regionOf(b: SimBucket): string {
  return b.Region ?? DEFAULT_REGION;
}

/** The named bucket, or NoSuchBucket. */
export function findBucket(ctx: SimContext, name: unknown): SimBucket {
  const b = bucketsOf(ctx).find((x) => x.Name === name);
  if (!b) throw new SimError('NoSuchBucket', 'The specified bucket does not exist', 404);
  return b;
}

/**
 * The named bucket for a call that must be sent to the bucket's own region: S3 answers a request signed for
 * another region with a 301 PermanentRedirect, which is why scanners must call each bucket in its region.
 */
export function bucketInRegion(ctx: SimContext, name: unknown): SimBucket {
  const b = findBucket(ctx, name);
  if (regionOf(b) !== ctx.region)
    throw new SimError('PermanentRedirect', 'The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future requests to this endpoint.', 301);
  return b;
}

export function policyText(policy: SimBucket['Policy']): string | undefined {
  if (policy === undefined || policy === null) return undefined;
  return typeof policy === 'string' ? policy : JSON.stringify(policy);
}

/**
 * The simulator's stand-in for S3's policy status: public when some Allow statement names everyone
 * (`"*"` or `{"AWS": "*"}`) with no Condition at all. Coarser than S3's evaluation on purpose; estates
 * that need S3's exact answer set `PolicyStatus`.
 */
export function policyIsPublic(policy: SimBucket['Policy']): boolean {
  const text = policyText(policy);
  if (!text) return false;
  let doc: { Statement?: unknown };
  try {
    doc = JSON.parse(text) as { Statement?: unknown };
  } catch {
    return false;
  }
  const statements = (Array.isArray(doc.Statement) ? doc.Statement : [doc.Statement]) as Array<Record<string, any> | undefined>;
  return statements.some((s) => {
    if (!s || s.Effect !== 'Allow' || s.Condition) return false;
    const p = s.Principal;
    const aws = p && typeof p === 'object' ? p.AWS : undefined;
    return p === '*' || aws === '*' || (Array.isArray(aws) && aws.includes('*'));
  });
}

export function tagList(tags: SimBucket['Tags']): Tag[] {
  if (!tags) return [];
  return Array.isArray(tags) ? tags : Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}
