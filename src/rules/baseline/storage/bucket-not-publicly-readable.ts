import type { Rule } from '../../../core/rule.js';
import { SCOPE_GUARD_TYPES } from '../support/scope-guards.js';
import { bucketPublicVerdict } from '../support/scope-guards.js';

export const rule: Rule = {
  id: 'baseline.storage.bucket-not-publicly-readable',
  title: 'Storage bucket is not publicly readable',
  severity: 'critical',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.bucket'],
  lookups: Object.values(SCOPE_GUARD_TYPES),
  rationale:
    'Anyone on the internet can list or download the objects of a publicly readable bucket. The facet is the effective exposure: ' +
    'AWS S3 ACL and policy grants minus Block Public Access at bucket and account level; Azure container access level Blob/Container ' +
    'while the storage account allows anonymous blob access; GCS IAM bindings to allUsers/allAuthenticatedUsers unless public access ' +
    'prevention is enforced. Data that could not be read makes the verdict unknown, never pass.',
  remediation: {
    steps: [
      'AWS: remove AllUsers/AuthenticatedUsers ACL grants and Principal "*" policy statements; turn on all four Block Public Access settings on the bucket and the account.',
      'Azure: set the container access level to Private, and set "Allow Blob anonymous access" (allowBlobPublicAccess) to false on the storage account.',
      'GCP: remove allUsers and allAuthenticatedUsers from the bucket IAM policy and set public access prevention to enforced (or enforce the storage.publicAccessPrevention organization policy).',
      'Generic: declare the private setting in your IaC (aws_s3_bucket_public_access_block, azurerm_storage_account.allow_nested_items_to_be_public = false, google_storage_bucket.public_access_prevention = "enforced").',
    ],
    cli: 'aws s3api put-public-access-block --bucket <BUCKET> --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true\naz storage account update --name <ACCOUNT> --resource-group <RG> --allow-blob-public-access false\ngcloud storage buckets update gs://<BUCKET> --public-access-prevention',
    terraform: 'resource "google_storage_bucket" "b" {\n  # ...\n  public_access_prevention = "enforced"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
    'https://learn.microsoft.com/en-us/azure/storage/blobs/anonymous-read-access-prevent',
    'https://cloud.google.com/storage/docs/public-access-prevention',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AC-3' },
    { framework: 'nist-800-53-r5', control: 'AC-21' },
    { framework: 'aws-fsbp', control: 'S3.2' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '5.1' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '10.3.9' },
    { framework: 'mcsb', control: 'DP-2' },
  ],
  version: 1,
  evaluate(asset, ctx) {
    return bucketPublicVerdict(asset, ctx, 'read');
  },
};
