import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './entra-admin-configured.js';
import { sqlServer, sqlServerDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'group admin', asset: sqlServer({ administrators: [{ login: 'sql-admins', administratorType: 'ActiveDirectory' }] }), expect: 'pass' },
    { name: 'none', asset: sqlServer({ administrators: [] }), expect: 'fail' },
    { name: 'denied', asset: sqlServerDenied('administrators', 'serverAzureADAdministrators.listByServer'), expect: 'unknown' },
  ]);
});
