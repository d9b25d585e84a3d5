import type { Rule } from '../../../core/rule.js';
import { flagVerdict } from './support/flag.js';
import { SNAPSHOT_TYPES, snapshotView } from './support/snapshot.js';

export const rule: Rule = {
  id: 'aws.rds.snapshot-encrypted',
  title: 'RDS DB and cluster snapshots are encrypted at rest',
  severity: 'medium',
  providers: ['aws'],
  types: SNAPSHOT_TYPES,
  rationale: 'Snapshots are full copies of the database. An unencrypted snapshot can be shared or copied without any KMS key permission standing in the way.',
  remediation: {
    steps: ['Copy the snapshot with a KMS key, delete the unencrypted original, and encrypt the source instance or cluster so new snapshots are encrypted.'],
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snap> --target-db-snapshot-identifier <snap>-enc --kms-key-id <key>',
    terraform: 'resource "aws_db_snapshot_copy" "enc" {\n  source_db_snapshot_identifier = "<snap>"\n  target_db_snapshot_identifier = "<snap>-enc"\n  kms_key_id                    = aws_kms_key.db.arn\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_CopySnapshot.html'],
  compliance: [{ framework: 'aws-fsbp', control: 'RDS.4' }],
  version: 1,
  evaluate(asset) {
    const s = snapshotView(asset);
    return flagVerdict(s.encrypted, s.encryptedPath, true, `Encrypted with ${s.kmsKeyId ?? 'a KMS key'}`, 'The snapshot is not encrypted');
  },
};
