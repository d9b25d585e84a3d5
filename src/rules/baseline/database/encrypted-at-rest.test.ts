import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { rdsInstance } from '../../../../test/support/native-aws.js';
import { cosmosAccount, postgresServer, sqlServer } from '../../../../test/support/native-azure.js';
import { cloudSql } from '../../../../test/support/native-gcp.js';
import { rule } from './encrypted-at-rest.js';

// Flexible servers, Cosmos DB and Cloud SQL cannot be unencrypted: pass or unknown only.
runBaselineCases(rule, {
  aws: [
    { name: 'encrypted', asset: rdsInstance({}), expect: 'pass' },
    { name: 'unencrypted', asset: rdsInstance({ StorageEncrypted: false }), expect: 'fail' },
    { name: 'not collected', asset: withGap(rdsInstance({}), 'instance'), expect: 'unknown' },
  ],
  azure: [
    { name: 'PostgreSQL flexible server', asset: postgresServer(), expect: 'pass' },
    { name: 'Cosmos DB', asset: cosmosAccount({}), expect: 'pass' },
    { name: 'SQL logical server: per-database TDE', asset: sqlServer(), expect: 'not_applicable' },
    { name: 'flexible server not collected', asset: withGap(postgresServer(), 'server'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'Cloud SQL', asset: cloudSql({}), expect: 'pass' },
    { name: 'not collected', asset: withGap(cloudSql({}), 'instance'), expect: 'unknown' },
  ],
});
