import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './cross-tenant-replication-disabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'disabled', asset: storageAccount({ allowCrossTenantReplication: false }), expect: 'pass' },
    { name: 'enabled', asset: storageAccount({ allowCrossTenantReplication: true }), expect: 'fail', reason: /allowed/ },
    { name: 'unset on an older account', asset: storageAccount({}), expect: 'fail', reason: /not set/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
