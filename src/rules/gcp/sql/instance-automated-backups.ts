import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { isReplica, sqlInstance } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.sql.instance-automated-backups',
  title: 'Cloud SQL instance has automated backups enabled',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.sqlInstance],
  rationale: 'Automated backups are what a restore after deletion, corruption or ransomware-style tampering starts from; without them the data has no recovery point.',
  remediation: {
    steps: ['Enable automated backups on the instance and choose a backup window.', 'Enable point-in-time recovery where the engine supports it.'],
    cli: 'gcloud sql instances patch <INSTANCE> --backup-start-time=03:00',
    terraform: 'resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    backup_configuration {\n      enabled    = true\n      start_time = "03:00"\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/backup-recovery/backups', 'https://cloud.google.com/sql/docs/postgres/backup-recovery/backing-up'],
  compliance: mappings('6.7', ['CP-9']),
  version: 1,
  evaluate(asset) {
    const { instance } = sqlInstance(asset);
    if (isReplica(instance)) return notApplicable('Cloud SQL does not take automated backups of read replicas');
    const enabled = instance.settings?.backupConfiguration?.enabled ?? null;
    const ev = [{ path: 'config.instance.settings.backupConfiguration.enabled', observed: enabled, expected: true }];
    return enabled === true ? pass('Automated backups are enabled', ev) : fail('Automated backups are not enabled', ev);
  },
};
