import { fail, need, needAll, pass, unknown, type Rule } from '../../../core/rule.js';
import { at, ownedElsewhere, trailOf, TRAIL_TYPE } from './support/trail.js';

const BUCKET_TYPE = 'AWS::S3::Bucket';

/** GetBucketLogging output (aspect `logging` of the bucket, collected by the S3 collector). */
interface BucketLogging {
  LoggingEnabled?: { TargetBucket?: string; TargetPrefix?: string };
}

export const rule: Rule = {
  id: 'aws.cloudtrail.bucket-access-logging-enabled',
  title: 'The S3 bucket a CloudTrail trail delivers to has server access logging enabled',
  severity: 'low',
  providers: ['aws'],
  types: [TRAIL_TYPE],
  lookups: [BUCKET_TYPE],
  rationale:
    'Server access logs on the trail bucket record who read, listed or deleted the CloudTrail log files themselves, which is how you notice someone reading the audit trail or tampering with it.',
  remediation: {
    steps: ['Enable server access logging on the trail\'s bucket, targeting a separate logging bucket.'],
    cli: `aws s3api put-bucket-logging --bucket <trail-bucket> --bucket-logging-status '{"LoggingEnabled":{"TargetBucket":"<log-bucket>","TargetPrefix":"cloudtrail/"}}'`,
    terraform: 'resource "aws_s3_bucket_logging" "trail" {\n  bucket        = aws_s3_bucket.trail.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "cloudtrail/"\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/enable-server-access-logging.html'],
  // Security Hub CloudTrail.7 checks the same; it is part of the CIS standards, not FSBP.
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '3.4' }],
  version: 1,
  evaluate(asset, ctx) {
    const elsewhere = ownedElsewhere(asset);
    if (elsewhere) return elsewhere;
    const name = trailOf(asset).S3BucketName;
    if (!name) return unknown('The trail reports no S3 bucket', [{ path: 'config.trail.S3BucketName', observed: null, expected: 'a bucket name' }]);
    const bucket = needAll(ctx, BUCKET_TYPE, { account: asset.account }).find((b) => b.name === name || b.id.endsWith(`:s3:::${name}`));
    const where = { path: 'config.trail.S3BucketName', observed: name, expected: 'a bucket in this account' };
    // Central log archives usually live in another account, which this account's scan cannot see.
    if (!bucket) return unknown(`Bucket ${name} is not in this account's scanned buckets (it may belong to a log archive account)`, [where]);
    const logging = need<BucketLogging | null>(bucket, 'logging');
    const ev = [where, { path: at(bucket, 'config.logging.LoggingEnabled'), observed: logging?.LoggingEnabled ?? null, expected: 'a logging target' }];
    return logging?.LoggingEnabled?.TargetBucket
      ? pass(`Access logs of ${name} go to ${logging.LoggingEnabled.TargetBucket}`, ev)
      : fail(`Server access logging is disabled on ${name}`, ev);
  },
};
