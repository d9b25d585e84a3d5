import type { Rule } from '../../../core/rule.js';
import { needFacet, optionalFacet } from '../../../core/facets.js';
import { fail, notApplicable, pass } from '../../../core/rule.js';

export const MIN_RETENTION_DAYS = 7;

export const rule: Rule = {
  id: 'baseline.database.backup-retention-7-days',
  title: `Database has automated backups kept at least ${MIN_RETENTION_DAYS} days`,
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['database.instance'],
  rationale:
    'Automated backups with enough history let you recover from deletion, corruption and ransomware noticed days later. AWS: RDS BackupRetentionPeriod; Azure flexible servers: backupRetentionDays; Cosmos DB: periodic interval or continuous tier; Cloud SQL: backups enabled with retained backups (daily). ' +
    'Azure SQL sets retention per database, so the rule is not applicable to the logical server.',
  remediation: {
    steps: [
      `AWS: set the backup retention period to ${MIN_RETENTION_DAYS} days or more.`,
      `Azure: set the flexible server backup retention to ${MIN_RETENTION_DAYS}+ days; for Cosmos DB use continuous backup or a longer periodic retention.`,
      `GCP: enable automated backups and keep at least ${MIN_RETENTION_DAYS} retained backups.`,
      'Generic: set retention in IaC (backup_retention_period, backup_retention_days, backup_configuration).',
    ],
    cli: `aws rds modify-db-instance --db-instance-identifier <DB> --backup-retention-period ${MIN_RETENTION_DAYS} --apply-immediately\naz postgres flexible-server update -g <RG> -n <SERVER> --backup-retention ${MIN_RETENTION_DAYS}\ngcloud sql instances patch <INSTANCE> --backup-start-time 02:00 --retained-backups-count ${MIN_RETENTION_DAYS}`,
    terraform: `resource "aws_db_instance" "db" {\n  # ...\n  backup_retention_period = ${MIN_RETENTION_DAYS}\n}`,
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html',
    'https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-backup-restore',
    'https://cloud.google.com/sql/docs/postgres/backup-recovery/backups',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'CP-9' },
    { framework: 'nist-800-53-r5', control: 'CP-10' },
    { framework: 'aws-fsbp', control: 'RDS.11' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '6.7' },
    { framework: 'mcsb', control: 'BR-1' },
  ],
  version: 1,
  evaluate(asset) {
    const on = needFacet(asset, 'database.instance', 'automatedBackups');
    if (!on) return fail('Automated backups are off', [{ path: 'facets.automatedBackups', observed: false, expected: true }]);
    const days = optionalFacet(asset, 'database.instance', 'backupRetentionDays');
    if (days === undefined) return notApplicable('Backup retention is set per database for this server type');
    const ev = [{ path: 'facets.backupRetentionDays', observed: days, expected: `>= ${MIN_RETENTION_DAYS}` }];
    return days >= MIN_RETENTION_DAYS ? pass(`Backups are kept ${days} days`, ev) : fail(`Backups are kept only ${days} days`, ev);
  },
};
