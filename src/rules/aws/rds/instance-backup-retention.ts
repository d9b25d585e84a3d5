import { fail, notApplicable, pass, unknown, type Rule } from '../../../core/rule.js';
import { clusterOf, dbInstance } from './support/db-instance.js';

/** Security Hub RDS.11's default `backupRetentionMinimum` (allowed 7..35). */
export const MIN_RETENTION_DAYS = 7;

export const rule: Rule = {
  id: 'aws.rds.instance-backup-retention',
  title: `RDS DB instances keep automated backups for at least ${MIN_RETENTION_DAYS} days`,
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::RDS::DBInstance'],
  rationale:
    'Automated backups allow point-in-time restore. A retention of 0 disables them entirely, and a very short window may expire before an incident (corruption, ransomware, bad migration) is even noticed.',
  remediation: {
    steps: [`Modify the instance and set the backup retention period to ${MIN_RETENTION_DAYS} days or more (up to 35).`],
    cli: `aws rds modify-db-instance --db-instance-identifier <db> --backup-retention-period ${MIN_RETENTION_DAYS} --apply-immediately`,
    terraform: `resource "aws_db_instance" "db" {\n  backup_retention_period = ${MIN_RETENTION_DAYS}\n}`,
  },
  references: ['https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_WorkingWithAutomatedBackups.html'],
  // RDS.11 ("automatic backups enabled") with its default backupRetentionMinimum of 7 days.
  compliance: [{ framework: 'aws-fsbp', control: 'RDS.11' }],
  version: 1,
  evaluate(asset) {
    const i = dbInstance(asset);
    const cluster = clusterOf(i);
    if (cluster) return notApplicable(`Member of DB cluster ${cluster}: backups are configured on the cluster`);
    // Read replicas cannot hold their own automated backups in most engines; RDS.11 excludes them.
    if (i.ReadReplicaSourceDBInstanceIdentifier) return notApplicable(`Read replica of ${i.ReadReplicaSourceDBInstanceIdentifier}: backups are taken on the source`);
    const days = i.BackupRetentionPeriod;
    const ev = [{ path: 'config.instance.BackupRetentionPeriod', observed: days ?? null, expected: `>= ${MIN_RETENTION_DAYS}` }];
    if (days === undefined) return unknown('BackupRetentionPeriod was not reported', ev);
    if (days === 0) return fail('Automated backups are disabled (retention 0 days)', ev);
    return days >= MIN_RETENTION_DAYS ? pass(`Automated backups are kept for ${days} days`, ev) : fail(`Automated backups are kept for only ${days} days`, ev);
  },
};
