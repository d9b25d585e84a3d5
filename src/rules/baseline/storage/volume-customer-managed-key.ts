import type { Rule } from '../../../core/rule.js';
import { KEY_TYPES, customerKeyVerdict } from '../support/key-resolution.js';

export const rule: Rule = {
  id: 'baseline.storage.volume-customer-managed-key',
  title: 'Block storage volume is encrypted with a customer-managed key',
  severity: 'low',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.volume'],
  lookups: Object.values(KEY_TYPES),
  rationale:
    'A customer-managed key lets you audit and revoke access to a volume\'s data independently of the compute service. AWS: the EBS volume\'s KMS key resolved against the account\'s KMS keys (aws/ebs is AWS-managed); Azure: disk encryption type with a customer key (disk encryption set); GCP: a Cloud KMS key or a customer-supplied key.',
  remediation: {
    steps: [
      'AWS: create a customer-managed KMS key and set it as the EBS default key; re-create volumes from snapshots copied with that key.',
      'Azure: create a disk encryption set with a Key Vault key and assign it to the disk (EncryptionAtRestWithCustomerKey).',
      'GCP: create the disk (from a snapshot) with --kms-key.',
      'Generic: reference the key in IaC for every volume.',
    ],
    cli: 'aws ec2 modify-ebs-default-kms-key-id --kms-key-id <KEY_ARN>\naz disk update -n <DISK> -g <RG> --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set <DES_ID>\ngcloud compute disks create <DISK> --source-snapshot <SNAP> --kms-key <KEY>',
    terraform: 'resource "aws_ebs_volume" "v" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.ebs.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html#ebs-encryption-key',
    'https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption#customer-managed-keys',
    'https://cloud.google.com/compute/docs/disks/customer-managed-encryption',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-12' },
    { framework: 'nist-800-53-r5', control: 'SC-28(1)' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '4.7' },
    { framework: 'mcsb', control: 'DP-5' },
  ],
  version: 1,
  evaluate(asset, ctx) {
    return customerKeyVerdict(asset, ctx, 'storage.volume');
  },
};
