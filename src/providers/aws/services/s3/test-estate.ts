/** Estates for the S3 collector tests (test-only). */
import type { Estate } from '../../../../../sim/aws/estate.js';
import type { SimBucket } from '../../../../../sim/aws/services/s3.js';

export const ACCOUNT = '111111111111';

export const ALL_ON = { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true };

/** One account with the given buckets and (optionally) an account-level block. */
export function s3Estate(buckets: SimBucket[], accountBlock?: typeof ALL_ON | null): Estate {
  return {
    accounts: [
      {
        id: ACCOUNT,
        name: 'management',
        regions: ['us-east-1', 'eu-west-1'],
        global: { s3: { buckets }, ...(accountBlock ? { s3control: { publicAccessBlock: accountBlock } } : {}) },
        regional: {},
      },
    ],
  };
}

/** A bucket with everything configured the recommended way. */
export function hardenedBucket(Name: string, Region = 'us-east-1'): SimBucket {
  const arn = `arn:aws:s3:::${Name}`;
  return {
    Name,
    Region,
    CreationDate: '2024-03-01T10:00:00.000Z',
    PublicAccessBlockConfiguration: ALL_ON,
    OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
    Policy: { Version: '2012-10-17', Statement: [{ Sid: 'DenyInsecureTransport', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: [arn, `${arn}/*`], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] },
    ServerSideEncryptionConfiguration: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: `arn:aws:kms:${Region}:${ACCOUNT}:alias/s3` }, BucketKeyEnabled: true }] },
    Versioning: { Status: 'Enabled', MFADelete: 'Enabled' },
    Logging: { TargetBucket: 'central-access-logs', TargetPrefix: `${Name}/` },
    Tags: { env: 'prod', team: 'platform' },
  };
}

/** A bucket created before today's defaults and never touched: no block, ACLs on, nothing else set. */
export function legacyBucket(Name: string, Region = 'us-east-1', extra: Partial<SimBucket> = {}): SimBucket {
  return { Name, Region, CreationDate: '2017-06-12T08:30:00.000Z', ...extra };
}
