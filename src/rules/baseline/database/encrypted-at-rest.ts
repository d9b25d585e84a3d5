import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.database.encrypted-at-rest',
  title: 'Database storage is encrypted at rest',
  severity: 'high',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['database.instance'],
  rationale:
    'Unencrypted database storage, and its snapshots and backups, expose data to anyone who reaches the media or a shared snapshot. AWS: RDS StorageEncrypted (can only be set at creation). Azure PostgreSQL/MySQL flexible servers, Cosmos DB and Cloud SQL are always encrypted. ' +
    'Azure SQL encrypts per database (transparent data encryption on the database assets), so the rule is not applicable to the logical server.',
  remediation: {
    steps: [
      'AWS: snapshot the instance, copy the snapshot with encryption, restore a new encrypted instance from it and switch over.',
      'Azure SQL: check transparent data encryption on each database (on by default for new databases).',
      'GCP: nothing to do (always encrypted); use CMEK if key control is required.',
      'Generic: set storage_encrypted = true in IaC for RDS.',
    ],
    cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <SNAP> --target-db-snapshot-identifier <SNAP>-enc --kms-key-id <KEY>\naws rds restore-db-instance-from-db-snapshot --db-instance-identifier <DB>-enc --db-snapshot-identifier <SNAP>-enc',
    terraform: 'resource "aws_db_instance" "db" {\n  # ...\n  storage_encrypted = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html',
    'https://learn.microsoft.com/en-us/azure/azure-sql/database/transparent-data-encryption-tde-overview',
    'https://cloud.google.com/sql/docs/postgres/data-encryption',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-28' },
    { framework: 'nist-800-53-r5', control: 'SC-28(1)' },
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.2.1' },
    { framework: 'aws-fsbp', control: 'RDS.3' },
    { framework: 'mcsb', control: 'DP-4' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'database.instance', 'encryptedAtRest', {
      expected: true,
      pass: 'Database storage is encrypted at rest',
      fail: 'Database storage is not encrypted at rest',
      optional: true,
      notModelled: 'Encryption is set per database for this server type (the database assets hold it)',
    });
  },
};
