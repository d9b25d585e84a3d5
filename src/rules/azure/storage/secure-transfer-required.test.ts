import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './secure-transfer-required.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'HTTPS only', asset: storageAccount({ enableHttpsTrafficOnly: true }), expect: 'pass' },
    { name: 'HTTP allowed', asset: storageAccount({ enableHttpsTrafficOnly: false }), expect: 'fail', reason: /unencrypted/ },
    { name: 'flag not reported', asset: storageAccount({}), expect: 'unknown', reason: /not reported/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
