import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './shared-key-access-disabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'disabled', asset: storageAccount({ allowSharedKeyAccess: false }), expect: 'pass' },
    { name: 'enabled', asset: storageAccount({ allowSharedKeyAccess: true }), expect: 'fail', reason: /allowed/ },
    { name: 'null means enabled', asset: storageAccount({ allowSharedKeyAccess: null }), expect: 'fail', reason: /unset/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
