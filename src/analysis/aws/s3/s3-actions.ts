import { globMatch } from './patterns.js';

/**
 * The S3 actions a bucket policy can grant, classified by what they expose. A policy's Action / NotAction
 * patterns are expanded against this catalogue so that `s3:Get*`, `s3:*Object` or a NotAction list are
 * judged by the concrete actions they cover rather than by their spelling.
 *
 * `read` exposes data or configuration to the caller; `write` changes data or configuration. The split
 * follows S3's own "bad actions" for public policies (s3:Get*, s3:List* read; s3:Put*, s3:Delete*,
 * s3:AbortMultipartUpload, s3:RestoreObject write) and puts the remaining mutating actions under write.
 * `level` says whether the action addresses the bucket (`arn:aws:s3:::b`) or its objects (`b/*`).
 */
export interface S3Action {
  name: string;
  access: 'read' | 'write';
  level: 'bucket' | 'object';
}

const OBJECT_READ = [
  'GetObject', 'GetObjectVersion', 'GetObjectAcl', 'GetObjectVersionAcl', 'GetObjectTagging', 'GetObjectVersionTagging',
  'GetObjectAttributes', 'GetObjectVersionAttributes', 'GetObjectTorrent', 'GetObjectVersionTorrent', 'GetObjectRetention',
  'GetObjectLegalHold', 'GetObjectVersionForReplication', 'ListMultipartUploadParts',
];
const OBJECT_WRITE = [
  'PutObject', 'PutObjectAcl', 'PutObjectVersionAcl', 'PutObjectTagging', 'PutObjectVersionTagging', 'PutObjectRetention',
  'PutObjectLegalHold', 'DeleteObject', 'DeleteObjectVersion', 'DeleteObjectTagging', 'DeleteObjectVersionTagging',
  'AbortMultipartUpload', 'RestoreObject', 'BypassGovernanceRetention', 'ReplicateObject', 'ReplicateDelete', 'ReplicateTags',
  'ObjectOwnerOverrideToBucketOwner',
];
const BUCKET_READ = [
  'ListBucket', 'ListBucketVersions', 'ListBucketMultipartUploads', 'GetBucketAcl', 'GetBucketPolicy', 'GetBucketPolicyStatus',
  'GetBucketLocation', 'GetBucketLogging', 'GetBucketVersioning', 'GetBucketTagging', 'GetBucketCORS', 'GetBucketWebsite',
  'GetBucketNotification', 'GetBucketObjectLockConfiguration', 'GetBucketOwnershipControls', 'GetBucketPublicAccessBlock',
  'GetBucketRequestPayment', 'GetEncryptionConfiguration', 'GetLifecycleConfiguration', 'GetReplicationConfiguration',
  'GetAccelerateConfiguration', 'GetAnalyticsConfiguration', 'GetInventoryConfiguration', 'GetMetricsConfiguration',
  'GetIntelligentTieringConfiguration',
];
const BUCKET_WRITE = [
  'DeleteBucket', 'PutBucketAcl', 'PutBucketPolicy', 'DeleteBucketPolicy', 'PutBucketLogging', 'PutBucketVersioning',
  'PutBucketTagging', 'PutBucketCORS', 'PutBucketWebsite', 'DeleteBucketWebsite', 'PutBucketNotification',
  'PutBucketObjectLockConfiguration', 'PutBucketOwnershipControls', 'PutBucketPublicAccessBlock', 'PutBucketRequestPayment',
  'PutEncryptionConfiguration', 'PutLifecycleConfiguration', 'PutReplicationConfiguration', 'PutAccelerateConfiguration',
  'PutAnalyticsConfiguration', 'PutInventoryConfiguration', 'PutMetricsConfiguration', 'PutIntelligentTieringConfiguration',
];

function entries(names: string[], access: S3Action['access'], level: S3Action['level']): S3Action[] {
  return names.map((n) => ({ name: `s3:${n}`, access, level }));
}

export const S3_ACTIONS: readonly S3Action[] = [
  ...entries(OBJECT_READ, 'read', 'object'),
  ...entries(OBJECT_WRITE, 'write', 'object'),
  ...entries(BUCKET_READ, 'read', 'bucket'),
  ...entries(BUCKET_WRITE, 'write', 'bucket'),
];

/** The catalogue actions an Action (or, negated, a NotAction) element covers. */
export function actionsCovered(patterns: string[], negated: boolean): Set<string> {
  const out = new Set<string>();
  for (const a of S3_ACTIONS) {
    const hit = patterns.some((p) => globMatch(p, a.name));
    if (hit !== negated) out.add(a.name);
  }
  return out;
}

const BY_NAME = new Map(S3_ACTIONS.map((a) => [a.name.toLowerCase(), a]));

export function actionInfo(name: string): S3Action | undefined {
  return BY_NAME.get(name.toLowerCase());
}

/**
 * Actions that hand over control of who can reach the bucket: changing its policy, ACLs, encryption or
 * public access block, or deleting it. The first five are Security Hub S3.6's "blacklisted" actions.
 */
export const ACCESS_CONTROL_ACTIONS: readonly string[] = [
  's3:DeleteBucketPolicy',
  's3:PutBucketAcl',
  's3:PutBucketPolicy',
  's3:PutEncryptionConfiguration',
  's3:PutObjectAcl',
  's3:PutBucketPublicAccessBlock',
  's3:PutBucketOwnershipControls',
  's3:DeleteBucket',
];
