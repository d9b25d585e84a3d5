import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './geo-redundant-storage.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'RA-GZRS', asset: storageAccount({ sku: { name: 'Standard_RAGZRS' } }), expect: 'pass' },
    { name: 'GRS', asset: storageAccount({ sku: { name: 'Standard_GRS' } }), expect: 'pass' },
    { name: 'ZRS', asset: storageAccount({ sku: { name: 'Standard_ZRS' } }), expect: 'fail', reason: /one region/ },
    { name: 'LRS', asset: storageAccount({ sku: { name: 'Premium_LRS' } }), expect: 'fail' },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
