import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.container.cluster-secrets-encrypted',
  title: 'Kubernetes secrets are envelope-encrypted with a customer-managed key',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['container.cluster'],
  rationale:
    'Envelope encryption of Kubernetes secrets in etcd with your own key adds a control point: secrets cannot be read from etcd storage or backups without access to the key. EKS: encryptionConfig for secrets with a KMS key; AKS: Key Vault KMS; GKE: application-layer secrets encryption with a Cloud KMS key.',
  remediation: {
    steps: [
      'AWS: associate an encryption config for the "secrets" resource with a KMS key (cannot be removed once enabled).',
      'Azure: enable KMS etcd encryption with an Azure Key Vault key.',
      'GCP: enable application-layer secrets encryption with a Cloud KMS key.',
      'Generic: declare the encryption config in IaC (encryption_config, key_management_service, database_encryption).',
    ],
    cli: 'aws eks associate-encryption-config --cluster-name <CLUSTER> --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"<KEY_ARN>"}}]\'\naz aks update -g <RG> -n <CLUSTER> --enable-azure-keyvault-kms --azure-keyvault-kms-key-id <KEY_ID>\ngcloud container clusters update <CLUSTER> --database-encryption-key <KEY>',
    terraform: 'resource "google_container_cluster" "c" {\n  # ...\n  database_encryption {\n    state    = "ENCRYPTED"\n    key_name = google_kms_crypto_key.k.id\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html',
    'https://learn.microsoft.com/en-us/azure/aks/use-kms-etcd-encryption',
    'https://cloud.google.com/kubernetes-engine/docs/how-to/encrypting-secrets',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-28' },
    { framework: 'nist-800-53-r5', control: 'SC-12' },
    { framework: 'mcsb', control: 'DP-5' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'container.cluster', 'secretsEncrypted', { expected: true, pass: 'Secrets are envelope-encrypted with a customer-managed key', fail: 'Secrets are not envelope-encrypted with a customer-managed key' });
  },
};
