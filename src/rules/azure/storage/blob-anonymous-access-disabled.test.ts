import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './blob-anonymous-access-disabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'explicitly disallowed', asset: storageAccount({ allowBlobPublicAccess: false }), expect: 'pass' },
    { name: 'allowed', asset: storageAccount({ allowBlobPublicAccess: true }), expect: 'fail', reason: /allowed/ },
    { name: 'unset on an older account', asset: storageAccount({}), expect: 'fail', reason: /not set/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
