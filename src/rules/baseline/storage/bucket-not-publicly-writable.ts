import type { Rule } from '../../../core/rule.js';
import { SCOPE_GUARD_TYPES, bucketPublicVerdict } from '../support/scope-guards.js';

export const rule: Rule = {
  id: 'baseline.storage.bucket-not-publicly-writable',
  title: 'Storage bucket is not publicly writable',
  severity: 'critical',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.bucket'],
  lookups: Object.values(SCOPE_GUARD_TYPES),
  rationale:
    'Anyone on the internet can upload, overwrite or delete objects in a publicly writable bucket (malware hosting, data destruction, cost). ' +
    'AWS: effective S3 ACL/policy write grants after Block Public Access; Azure: anonymous access is read-only by design, so a container is never publicly writable (the rule still needs the container to be read); ' +
    'GCS: write-capable roles (objectCreator, objectAdmin, objectUser, admin, legacyBucketWriter/Owner) bound to allUsers/allAuthenticatedUsers without enforced public access prevention.',
  remediation: {
    steps: [
      'AWS: remove WRITE/WRITE_ACP/FULL_CONTROL grants to AllUsers/AuthenticatedUsers and Principal "*" statements allowing s3:Put*/s3:Delete*; turn on Block Public Access on the bucket and the account.',
      'Azure: nothing to change for anonymous writes; review SAS tokens and shared keys instead.',
      'GCP: remove write roles granted to allUsers/allAuthenticatedUsers and enforce public access prevention.',
      'Generic: keep the bucket private in IaC and deny public principals in organization guardrails (SCPs, Azure Policy, GCP organization policy).',
    ],
    cli: 'aws s3api put-public-access-block --bucket <BUCKET> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\ngcloud storage buckets remove-iam-policy-binding gs://<BUCKET> --member=allUsers --role=<ROLE>',
    terraform: 'resource "aws_s3_bucket_public_access_block" "b" {\n  bucket                  = aws_s3_bucket.b.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-configure',
    'https://cloud.google.com/storage/docs/access-control/iam-roles',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AC-3' },
    { framework: 'nist-800-53-r5', control: 'AC-6' },
    { framework: 'aws-fsbp', control: 'S3.3' },
    { framework: 'mcsb', control: 'DP-2' },
  ],
  version: 1,
  evaluate(asset, ctx) {
    return bucketPublicVerdict(asset, ctx, 'write');
  },
};
