import type { Volume } from '@aws-sdk/client-ec2';
import { fail, MissingData, need, notApplicable, pass, type Rule } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'aws.ec2.attached-volume-encrypted',
  title: 'Attached EBS volumes are encrypted at rest',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EC2::Volume'],
  rationale:
    'An unencrypted volume, and every snapshot taken from it, exposes the data to anyone who obtains a copy; ' +
    'EBS encryption with KMS also puts access to the data under key policy and CloudTrail.',
  remediation: {
    steps: [
      'Snapshot the volume and copy the snapshot with encryption enabled.',
      'Create a volume from the encrypted copy and swap it for the unencrypted one during a maintenance window.',
      'Enable EBS encryption by default so new volumes are encrypted.',
    ],
    cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snap-id> --encrypted --kms-key-id <key-arn>',
    terraform: 'resource "aws_ebs_volume" "data" {\n  availability_zone = "us-east-1a"\n  size              = 100\n  encrypted         = true\n  kms_key_id        = aws_kms_key.ebs.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-3',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EC2.3' }],
  version: 1,
  evaluate(asset) {
    const volume = need<Volume | null>(asset, 'volume');
    if (!volume) throw new MissingData('volume description is empty', [{ path: 'config.volume', observed: volume, expected: 'a volume' }]);
    const attachments = (volume.Attachments ?? []).filter((a) => a.State === 'attached' || a.State === 'attaching');
    if (!attachments.length) return notApplicable(`Volume ${volume.VolumeId} is not attached to an instance`);
    const evidence = [
      { path: 'config.volume.Encrypted', observed: volume.Encrypted ?? null, expected: true },
      { path: 'config.volume.Attachments', observed: attachments.map((a) => a.InstanceId), expected: 'any' },
    ];
    if (typeof volume.Encrypted !== 'boolean') throw new MissingData('volume encryption state was not returned', evidence);
    return volume.Encrypted
      ? pass(`Volume ${volume.VolumeId} attached to ${attachments.map((a) => a.InstanceId).join(', ')} is encrypted`, evidence)
      : fail(`Volume ${volume.VolumeId} attached to ${attachments.map((a) => a.InstanceId).join(', ')} is not encrypted`, evidence);
  },
};
