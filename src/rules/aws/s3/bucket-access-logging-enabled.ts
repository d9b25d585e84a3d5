import { fail, need, pass, type Rule } from '../../../core/rule.js';

interface Logging {
  LoggingEnabled?: { TargetBucket?: string; TargetPrefix?: string };
}

export const rule: Rule = {
  id: 'aws.s3.bucket-access-logging-enabled',
  title: 'S3 bucket has server access logging enabled',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::S3::Bucket'],
  rationale:
    'Server access logs record every request made to the bucket (requester, operation, object, response), which investigations and access reviews depend on; CloudTrail records object-level access only where data events are configured.',
  remediation: {
    steps: [
      'Create (or choose) a log bucket in the same region, owned by the same account, with no default retention period.',
      'Allow the logging.s3.amazonaws.com service principal to write to it with a bucket policy.',
      'Enable server access logging on this bucket with that target.',
    ],
    cli: 'aws s3api put-bucket-logging --bucket <BUCKET> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<LOG_BUCKET>","TargetPrefix":"<BUCKET>/"}}\'',
    terraform: 'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "${aws_s3_bucket.this.id}/"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'S3.9' }],
  version: 1,
  evaluate(asset) {
    const logging = need<Logging | null>(asset, 'logging');
    const target = logging?.LoggingEnabled?.TargetBucket ?? null;
    const evidence = [{ path: 'config.logging.LoggingEnabled.TargetBucket', observed: target, expected: 'a target bucket' }];
    if (target) return pass(`Server access logs are delivered to ${target}`, evidence);
    return fail('Server access logging is not enabled', evidence);
  },
};
