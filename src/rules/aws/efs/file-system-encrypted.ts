import type { FileSystemDescription } from '@aws-sdk/client-efs';
import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';

export const rule: Rule = {
  id: 'aws.efs.file-system-encrypted',
  title: 'EFS file systems are encrypted at rest',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EFS::FileSystem'],
  rationale:
    'Encryption at rest with KMS protects file data, metadata and backups from anyone who reaches the storage without ' +
    'going through EFS, and lets key policies and CloudTrail govern and record who can decrypt. It can only be chosen when ' +
    'the file system is created, so unencrypted ones have to be replaced.',
  remediation: {
    steps: [
      'Create a new file system with encryption at rest (a customer managed KMS key gives control over the key policy and its use).',
      'Copy the data over (AWS DataSync or a backup restore to the new file system), move the mount targets and clients, then delete the old file system.',
    ],
    cli: 'aws efs create-file-system --encrypted --kms-key-id <key-arn> --performance-mode generalPurpose --tags Key=Name,Value=<name>',
    terraform: 'resource "aws_efs_file_system" "data" {\n  encrypted  = true\n  kms_key_id = aws_kms_key.efs.arn\n}',
  },
  references: [
    'https://docs.aws.amazon.com/efs/latest/ug/encryption-at-rest.html',
    'https://docs.aws.amazon.com/efs/latest/ug/API_DescribeFileSystems.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/efs-controls.html#efs-1',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.3.1' },
    { framework: 'aws-fsbp', control: 'EFS.1' },
  ],
  version: 1,
  evaluate(asset) {
    const fs = need<FileSystemDescription>(asset, 'fileSystem');
    const ev = [
      { path: 'config.fileSystem.Encrypted', observed: fs.Encrypted ?? null, expected: true },
      { path: 'config.fileSystem.KmsKeyId', observed: fs.KmsKeyId ?? null, expected: 'a KMS key' },
    ];
    if (fs.Encrypted === undefined) return unknown(`DescribeFileSystems did not say whether ${fs.FileSystemId} is encrypted`, ev);
    return fs.Encrypted
      ? pass(`File system ${fs.FileSystemId} is encrypted with ${fs.KmsKeyId ?? 'a KMS key'}`, ev)
      : fail(`File system ${fs.FileSystemId} is not encrypted at rest`, ev);
  },
};
