import type { Rule } from '../../../core/rule.js';
import { KEY_TYPES, customerKeyVerdict } from '../support/key-resolution.js';

export const rule: Rule = {
  id: 'baseline.storage.bucket-customer-managed-key',
  title: 'Storage bucket is encrypted with a customer-managed key',
  severity: 'low',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.bucket'],
  lookups: Object.values(KEY_TYPES),
  rationale:
    'Every bucket is encrypted at rest by the provider; a customer-managed key adds control: you can audit its use, revoke access by disabling it, and separate key administrators from data readers. ' +
    'AWS: default encryption SSE-KMS with a customer-managed KMS key (a key id is resolved against the account\'s KMS keys; aws/s3 is AWS-managed); Azure: storage account keySource Microsoft.Keyvault; GCS: a default Cloud KMS key.',
  remediation: {
    steps: [
      'AWS: create a customer-managed KMS key and set the bucket default encryption to aws:kms with that key (enable S3 Bucket Keys).',
      'Azure: configure customer-managed keys for the storage account with a Key Vault key and a managed identity.',
      'GCP: grant the Cloud Storage service agent roles/cloudkms.cryptoKeyEncrypterDecrypter on a key and set it as the bucket default KMS key.',
      'Generic: declare the key in IaC so new buckets are created with it.',
    ],
    cli: 'aws s3api put-bucket-encryption --bucket <BUCKET> --server-side-encryption-configuration \'{"Rules":[{"ApplyServerSideEncryptionByDefault":{"SSEAlgorithm":"aws:kms","KMSMasterKeyID":"<KEY_ARN>"},"BucketKeyEnabled":true}]}\'\naz storage account update -n <ACCOUNT> -g <RG> --encryption-key-source Microsoft.Keyvault --encryption-key-vault <VAULT_URI> --encryption-key-name <KEY>\ngcloud storage buckets update gs://<BUCKET> --default-encryption-key=<KMS_KEY>',
    terraform: 'resource "google_storage_bucket" "b" {\n  # ...\n  encryption {\n    default_kms_key_name = google_kms_crypto_key.k.id\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
    'https://learn.microsoft.com/en-us/azure/storage/common/customer-managed-keys-overview',
    'https://cloud.google.com/storage/docs/encryption/customer-managed-keys',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-12' },
    { framework: 'nist-800-53-r5', control: 'SC-28(1)' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '2.1.1.2.1' },
    { framework: 'mcsb', control: 'DP-5' },
  ],
  version: 1,
  evaluate(asset, ctx) {
    return customerKeyVerdict(asset, ctx, 'storage.bucket');
  },
};
