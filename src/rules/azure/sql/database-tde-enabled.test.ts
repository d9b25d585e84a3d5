import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './database-tde-enabled.js';
import { sqlDatabase } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'enabled', asset: sqlDatabase('sql-fixture/appdb', { tde: { state: 'Enabled' } }), expect: 'pass' },
    { name: 'disabled', asset: sqlDatabase('sql-fixture/appdb', { tde: { state: 'Disabled' } }), expect: 'fail' },
    { name: 'master', asset: sqlDatabase('sql-fixture/master', {}), expect: 'not_applicable' },
    { name: 'denied', asset: sqlDatabase('sql-fixture/appdb', {}, { tde: 'transparentDataEncryptions.get' }), expect: 'unknown' },
  ]);
});
