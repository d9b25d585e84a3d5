import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './default-to-entra-authorization.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'enabled', asset: storageAccount({ defaultToOAuthAuthentication: true }), expect: 'pass' },
    { name: 'disabled', asset: storageAccount({ defaultToOAuthAuthentication: false }), expect: 'fail', reason: /account key/ },
    { name: 'unset means disabled', asset: storageAccount({}), expect: 'fail' },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
