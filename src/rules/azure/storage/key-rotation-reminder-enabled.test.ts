import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './key-rotation-reminder-enabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: '90 days', asset: storageAccount({ keyPolicy: { keyExpirationPeriodInDays: 90 } }), expect: 'pass' },
    { name: '365 days', asset: storageAccount({ keyPolicy: { keyExpirationPeriodInDays: 365 } }), expect: 'fail', reason: /365/ },
    { name: 'no policy', asset: storageAccount({}), expect: 'fail', reason: /No key expiration/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
