import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './infrastructure-encryption-enabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'enabled', asset: storageAccount({ encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: true } }), expect: 'pass' },
    { name: 'disabled', asset: storageAccount({ encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: false } }), expect: 'fail' },
    { name: 'not requested', asset: storageAccount({ encryption: { keySource: 'Microsoft.Storage' } }), expect: 'fail' },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
