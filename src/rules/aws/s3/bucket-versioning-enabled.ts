import { fail, need, pass, type Rule } from '../../../core/rule.js';

interface Versioning {
  Status?: string;
  MFADelete?: string;
}

export const rule: Rule = {
  id: 'aws.s3.bucket-versioning-enabled',
  title: 'S3 bucket has versioning enabled',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  rationale:
    'Versioning keeps every version of every object, so data overwritten or deleted by mistake, by a faulty application or by ransomware can be recovered.',
  remediation: {
    steps: ['Enable versioning on the bucket.', 'Add a lifecycle rule that expires noncurrent versions after a retention period to bound storage cost.'],
    cli: 'aws s3api put-bucket-versioning --bucket <BUCKET> --versioning-configuration Status=Enabled',
    terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14',
  ],
  compliance: [{ framework: 'nist-800-53-r5', control: 'CP-9' }],
  version: 1,
  evaluate(asset) {
    const v = need<Versioning | null>(asset, 'versioning');
    // GetBucketVersioning returns no Status at all for a bucket that was never versioned.
    const status = v?.Status ?? null;
    const evidence = [{ path: 'config.versioning.Status', observed: status, expected: 'Enabled' }];
    if (status === 'Enabled') return pass('Versioning is enabled', evidence);
    if (status === 'Suspended') return fail('Versioning was enabled once but is now suspended', evidence);
    return fail('Versioning has never been enabled on this bucket', evidence);
  },
};
