import { fail, need, pass, type Rule } from '../../../core/rule.js';

interface EncryptionConfig {
  Rules?: Array<{ ApplyServerSideEncryptionByDefault?: { SSEAlgorithm?: string; KMSMasterKeyID?: string }; BucketKeyEnabled?: boolean }>;
}

const KMS_ALGORITHMS = new Set(['aws:kms', 'aws:kms:dsse']);

export const rule: Rule = {
  id: 'aws.s3.bucket-default-encryption-kms',
  title: 'S3 bucket encrypts new objects with an AWS KMS key by default',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  rationale:
    'Every bucket encrypts at rest with S3-managed keys (SSE-S3) since 2023, but those keys cannot be restricted or audited. With SSE-KMS (or DSSE-KMS) reading an object also needs kms:Decrypt on the key, key use is logged in CloudTrail, and access can be cut off by disabling the key.',
  remediation: {
    steps: ['Create or choose a customer managed KMS key whose key policy allows the bucket\'s readers and writers.', 'Set the bucket\'s default encryption to aws:kms with that key and enable S3 Bucket Keys to reduce KMS request costs.'],
    cli: 'aws s3api put-bucket-encryption --bucket <BUCKET> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<KEY_ARN>"},"BucketKeyEnabled":true}]}\'',
    terraform:
      'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.s3.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-encryption.html',
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17',
  ],
  compliance: [{ framework: 'nist-800-53-r5', control: 'SC-28(1)' }],
  version: 1,
  evaluate(asset) {
    const enc = need<EncryptionConfig | null>(asset, 'encryption');
    const algorithm = enc?.Rules?.[0]?.ApplyServerSideEncryptionByDefault?.SSEAlgorithm ?? null;
    const evidence = [{ path: 'config.encryption.Rules[0].ApplyServerSideEncryptionByDefault.SSEAlgorithm', observed: algorithm, expected: 'aws:kms or aws:kms:dsse' }];
    if (algorithm && KMS_ALGORITHMS.has(algorithm)) return pass(`New objects are encrypted with ${algorithm}`, evidence);
    if (!enc) return fail('The bucket has no default encryption configuration', evidence);
    return fail(`Default encryption is ${algorithm ?? 'not set'} (S3-managed keys), not an AWS KMS key`, evidence);
  },
};
