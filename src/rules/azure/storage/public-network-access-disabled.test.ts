import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './public-network-access-disabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'disabled', asset: storageAccount({ publicNetworkAccess: 'Disabled' }), expect: 'pass' },
    { name: 'enabled', asset: storageAccount({ publicNetworkAccess: 'Enabled' }), expect: 'fail', reason: /Enabled/ },
    { name: 'unset means open', asset: storageAccount({}), expect: 'fail', reason: /not set/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
