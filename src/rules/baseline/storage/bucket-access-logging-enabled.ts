import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.storage.bucket-access-logging-enabled',
  title: 'Storage bucket access is logged',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.bucket'],
  rationale:
    'Object-level access logs are what an investigation needs to tell who read or changed data. AWS: S3 server access logging to a target bucket; Azure: a diagnostic setting on the blob service sending StorageRead and StorageWrite (or allLogs/audit) to a destination; GCS: usage logs to a log bucket.',
  remediation: {
    steps: [
      'AWS: enable server access logging to a dedicated log bucket (or CloudTrail data events).',
      'Azure: add a diagnostic setting on <account>/blobServices/default with StorageRead, StorageWrite and StorageDelete to Log Analytics or a storage account.',
      'GCP: set the bucket logging configuration to a log bucket (or enable Data Access audit logs for Cloud Storage).',
      'Generic: declare logging in IaC alongside each bucket.',
    ],
    cli: 'aws s3api put-bucket-logging --bucket <BUCKET> --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"<LOG_BUCKET>","TargetPrefix":"<BUCKET>/"}}\'\naz monitor diagnostic-settings create --name blob-logs --resource <ACCOUNT_ID>/blobServices/default --workspace <WS_ID> --logs \'[{"category":"StorageRead","enabled":true},{"category":"StorageWrite","enabled":true}]\'\ngcloud storage buckets update gs://<BUCKET> --log-bucket=gs://<LOG_BUCKET>',
    terraform: 'resource "aws_s3_bucket_logging" "b" {\n  bucket        = aws_s3_bucket.b.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "b/"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
    'https://learn.microsoft.com/en-us/azure/storage/blobs/monitor-blob-storage',
    'https://cloud.google.com/storage/docs/access-logs',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AU-2' },
    { framework: 'nist-800-53-r5', control: 'AU-12' },
    { framework: 'aws-fsbp', control: 'S3.9' },
    { framework: 'mcsb', control: 'LT-3' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'storage.bucket', 'accessLogging', { expected: true, pass: 'Object access is logged', fail: 'Object access is not logged' });
  },
};
