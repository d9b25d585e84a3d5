import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.storage.bucket-versioning-enabled',
  title: 'Storage bucket keeps object versions',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.bucket'],
  rationale:
    'Versioning keeps overwritten and deleted objects recoverable after mistakes, malicious deletion or ransomware. AWS: bucket versioning Enabled; Azure: blob versioning on the storage account blob service; GCS: object versioning.',
  remediation: {
    steps: [
      'AWS: enable versioning on the bucket (and add a lifecycle rule expiring noncurrent versions).',
      'Azure: enable blob versioning on the storage account (Data protection) and consider soft delete.',
      'GCP: enable object versioning on the bucket, with a lifecycle rule limiting noncurrent versions.',
      'Generic: set versioning in IaC for every bucket.',
    ],
    cli: 'aws s3api put-bucket-versioning --bucket <BUCKET> --versioning-configuration Status=Enabled\naz storage account blob-service-properties update --account-name <ACCOUNT> -g <RG> --enable-versioning true\ngcloud storage buckets update gs://<BUCKET> --versioning',
    terraform: 'resource "aws_s3_bucket_versioning" "b" {\n  bucket = aws_s3_bucket.b.id\n  versioning_configuration { status = "Enabled" }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
    'https://learn.microsoft.com/en-us/azure/storage/blobs/versioning-overview',
    'https://cloud.google.com/storage/docs/object-versioning',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'CP-9' },
    { framework: 'nist-800-53-r5', control: 'SI-12' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '10.2.2' },
    { framework: 'mcsb', control: 'BR-1' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'storage.bucket', 'versioning', { expected: true, pass: 'Object versioning is enabled', fail: 'Object versioning is not enabled' });
  },
};
