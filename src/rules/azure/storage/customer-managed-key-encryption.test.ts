import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './customer-managed-key-encryption.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'key vault key (service casing varies)', asset: storageAccount({ encryption: { keySource: 'Microsoft.KeyVault' } }), expect: 'pass' },
    { name: 'Microsoft-managed', asset: storageAccount({ encryption: { keySource: 'Microsoft.Storage' } }), expect: 'fail', reason: /Microsoft-managed/ },
    { name: 'no encryption block', asset: storageAccount({}), expect: 'fail', reason: /default/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
