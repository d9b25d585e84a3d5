import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { rdsInstance } from '../../../../test/support/native-aws.js';
import { mysqlServer, postgresServer, sqlServer } from '../../../../test/support/native-azure.js';
import { cloudSql } from '../../../../test/support/native-gcp.js';
import { rule } from './tls-required.js';

runBaselineCases(rule, {
  aws: [{ name: 'parameter groups not collected', asset: rdsInstance({}), expect: 'not_applicable' }],
  azure: [
    { name: 'PostgreSQL require_secure_transport on', asset: postgresServer(), expect: 'pass' },
    { name: 'PostgreSQL require_secure_transport off', asset: postgresServer({ configurations: [{ name: 'require_secure_transport', value: 'off' }] }), expect: 'fail' },
    { name: 'MySQL require_secure_transport ON', asset: mysqlServer('ON'), expect: 'pass' },
    { name: 'MySQL require_secure_transport OFF', asset: mysqlServer('OFF'), expect: 'fail' },
    { name: 'Azure SQL always encrypts', asset: sqlServer(), expect: 'pass' },
    { name: 'configurations denied', asset: withGap(postgresServer(), 'configurations'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'ENCRYPTED_ONLY', asset: cloudSql({}), expect: 'pass' },
    { name: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', asset: cloudSql({ ipConfiguration: { sslMode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED', requireSsl: true } }), expect: 'fail' },
    { name: 'legacy requireSsl true', asset: cloudSql({ ipConfiguration: { requireSsl: true } }), expect: 'pass' },
    { name: 'not collected', asset: withGap(cloudSql({}), 'instance'), expect: 'unknown' },
  ],
});
