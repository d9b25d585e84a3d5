import type { Rule } from '../../../core/rule.js';
import { dbInstance } from './support/db-instance.js';
import { flagVerdict } from './support/flag.js';

export const rule: Rule = {
  id: 'aws.rds.instance-storage-encrypted',
  title: 'RDS DB instances are encrypted at rest',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::RDS::DBInstance'],
  rationale:
    'Encryption at rest covers the instance storage, its automated backups, read replicas and snapshots, so a copied snapshot or a lost volume does not expose the data. It can only be chosen when the instance is created.',
  remediation: {
    steps: [
      'Take a snapshot of the unencrypted instance.',
      'Copy the snapshot with a KMS key (copying is the only way to add encryption).',
      'Restore a new instance from the encrypted copy, move clients to it and delete the old instance.',
    ],
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snap> --target-db-snapshot-identifier <snap>-enc --kms-key-id <key>',
    terraform: 'resource "aws_db_instance" "db" {\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.db.arn\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html'],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.2.1' },
    { framework: 'aws-fsbp', control: 'RDS.3' },
  ],
  version: 1,
  evaluate(asset) {
    const i = dbInstance(asset);
    return flagVerdict(i.StorageEncrypted, 'config.instance.StorageEncrypted', true, `Storage is encrypted with ${i.KmsKeyId ?? 'a KMS key'}`, 'Storage is not encrypted at rest');
  },
};
