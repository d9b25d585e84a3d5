import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.storage.bucket-secure-transport-only',
  title: 'Storage bucket refuses requests over plain HTTP',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.bucket'],
  rationale:
    'Requests over plain HTTP expose data and credentials on the wire. AWS: a bucket policy denying every S3 action on the bucket and its objects when aws:SecureTransport is false; Azure: the storage account "secure transfer required" (enableHttpsTrafficOnly, true when absent); ' +
    'GCS has no switch to refuse plain HTTP on the XML API, so the rule is not applicable there.',
  remediation: {
    steps: [
      'AWS: add a bucket policy statement: Deny, Principal "*", Action s3:*, Resource the bucket and bucket/*, Condition Bool aws:SecureTransport false.',
      'Azure: set "Secure transfer required" on the storage account (and minimum TLS version 1.2).',
      'GCP: not applicable; use HTTPS endpoints in clients.',
      'Generic: enforce it in IaC (aws_s3_bucket_policy, azurerm_storage_account.https_traffic_only_enabled = true).',
    ],
    cli: 'aws s3api put-bucket-policy --bucket <BUCKET> --policy file://tls-only.json\naz storage account update -n <ACCOUNT> -g <RG> --https-only true --min-tls-version TLS1_2',
    terraform: 'resource "azurerm_storage_account" "a" {\n  # ...\n  https_traffic_only_enabled = true\n  min_tls_version            = "TLS1_2"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-require-secure-transfer',
    'https://cloud.google.com/storage/docs/request-endpoints',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-8' },
    { framework: 'nist-800-53-r5', control: 'SC-8(1)' },
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.1.1' },
    { framework: 'aws-fsbp', control: 'S3.5' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '10.3.4' },
    { framework: 'mcsb', control: 'DP-3' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'storage.bucket', 'secureTransportOnly', {
      expected: true,
      pass: 'Plain-HTTP requests are refused',
      fail: 'Plain-HTTP requests are accepted',
      optional: true,
      notModelled: 'The provider has no setting that refuses plain-HTTP requests to this bucket',
    });
  },
};
