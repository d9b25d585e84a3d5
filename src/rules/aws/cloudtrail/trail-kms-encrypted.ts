import { fail, pass, type Rule } from '../../../core/rule.js';
import { ownedElsewhere, trailOf, TRAIL_TYPE } from './support/trail.js';

export const rule: Rule = {
  id: 'aws.cloudtrail.trail-kms-encrypted',
  title: 'CloudTrail trails encrypt log files with a KMS key',
  severity: 'medium',
  providers: ['aws'],
  types: [TRAIL_TYPE],
  rationale:
    'With SSE-KMS, reading the logs needs kms:Decrypt on the key as well as s3:GetObject on the bucket, so a bucket policy mistake alone does not expose the account\'s full API history, and key usage is itself logged.',
  remediation: {
    steps: ['Create a KMS key whose policy lets cloudtrail.amazonaws.com GenerateDataKey for this account\'s trails.', 'Update the trail to use it.'],
    cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>',
    terraform: 'resource "aws_cloudtrail" "main" {\n  kms_key_id = aws_kms_key.trail.arn\n}',
  },
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/encrypting-cloudtrail-log-files-with-aws-kms.html'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '3.5' },
    { framework: 'aws-fsbp', control: 'CloudTrail.2' },
  ],
  version: 1,
  evaluate(asset) {
    const elsewhere = ownedElsewhere(asset);
    if (elsewhere) return elsewhere;
    const t = trailOf(asset);
    // DescribeTrails omits KmsKeyId when the trail uses the bucket's default (SSE-S3) encryption.
    const ev = [{ path: 'config.trail.KmsKeyId', observed: t.KmsKeyId ?? null, expected: 'a KMS key ARN' }];
    return t.KmsKeyId ? pass(`Log files are encrypted with ${t.KmsKeyId}`, ev) : fail('Log files are not encrypted with a KMS key (SSE-S3 only)', ev);
  },
};
