import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { rdsInstance } from '../../../../test/support/native-aws.js';
import { cosmosAccount, postgresServer, sqlServer } from '../../../../test/support/native-azure.js';
import { cloudSql } from '../../../../test/support/native-gcp.js';
import { rule } from './backup-retention-7-days.js';

runBaselineCases(rule, {
  aws: [
    { name: '7 days', asset: rdsInstance({}), expect: 'pass' },
    { name: '1 day', asset: rdsInstance({ BackupRetentionPeriod: 1 }), expect: 'fail' },
    { name: 'backups off', asset: rdsInstance({ BackupRetentionPeriod: 0 }), expect: 'fail' },
    { name: 'not collected', asset: withGap(rdsInstance({}), 'instance'), expect: 'unknown' },
  ],
  azure: [
    { name: 'flexible server 14 days', asset: postgresServer({ server: { backup: { backupRetentionDays: 14 } } }), expect: 'pass' },
    { name: 'flexible server 3 days', asset: postgresServer({ server: { backup: { backupRetentionDays: 3 } } }), expect: 'fail' },
    { name: 'Cosmos DB periodic 8 hours', asset: cosmosAccount({ backupPolicy: { type: 'Periodic', periodicModeProperties: { backupRetentionIntervalInHours: 8 } } }), expect: 'fail' },
    { name: 'Cosmos DB continuous 7 days', asset: cosmosAccount({ backupPolicy: { type: 'Continuous', continuousModeProperties: { tier: 'Continuous7Days' } } }), expect: 'pass' },
    { name: 'SQL logical server: per database', asset: sqlServer(), expect: 'not_applicable' },
    { name: 'server not collected', asset: withGap(postgresServer(), 'server'), expect: 'unknown' },
  ],
  gcp: [
    { name: '7 retained backups', asset: cloudSql({}), expect: 'pass' },
    { name: 'backups disabled', asset: cloudSql({ backupConfiguration: { enabled: false } }), expect: 'fail' },
    { name: '3 retained backups', asset: cloudSql({ backupConfiguration: { enabled: true, backupRetentionSettings: { retainedBackups: 3 } } }), expect: 'fail' },
    { name: 'not collected', asset: withGap(cloudSql({}), 'instance'), expect: 'unknown' },
  ],
});
