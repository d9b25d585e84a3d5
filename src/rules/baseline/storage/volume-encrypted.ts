import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.storage.volume-encrypted',
  title: 'Block storage volume is encrypted at rest',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['storage.volume'],
  rationale:
    'An unencrypted volume, and every snapshot taken from it, exposes its data to anyone who gets hold of the media or a shared snapshot. ' +
    'AWS: EBS volume Encrypted; Azure managed disks and GCE persistent disks are always encrypted at rest by the platform, so they fail only if that could not be confirmed.',
  remediation: {
    steps: [
      'AWS: snapshot the volume, copy the snapshot with encryption, create a volume from it and swap it in; turn on EBS encryption by default per region.',
      'Azure: nothing to do for server-side encryption (always on); consider encryption at host for temp disks and caches.',
      'GCP: nothing to do (always encrypted); use CMEK if you need key control.',
      'Generic: set encryption in IaC (aws_ebs_volume.encrypted = true, aws_ebs_encryption_by_default).',
    ],
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <REGION>\naws ec2 copy-snapshot --source-region <REGION> --source-snapshot-id <SNAP> --encrypted',
    terraform: 'resource "aws_ebs_encryption_by_default" "on" {\n  enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    'https://learn.microsoft.com/en-us/azure/virtual-machines/disk-encryption',
    'https://cloud.google.com/compute/docs/disks/disk-encryption',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-28' },
    { framework: 'nist-800-53-r5', control: 'SC-28(1)' },
    { framework: 'aws-fsbp', control: 'EC2.3' },
    { framework: 'mcsb', control: 'DP-4' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'storage.volume', 'encryptedAtRest', { expected: true, pass: 'The volume is encrypted at rest', fail: 'The volume is not encrypted at rest' });
  },
};
