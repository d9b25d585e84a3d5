import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './minimum-tls-1-2.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'TLS 1.2', asset: storageAccount({ minimumTlsVersion: 'TLS1_2' }), expect: 'pass' },
    { name: 'TLS 1.3', asset: storageAccount({ minimumTlsVersion: 'TLS1_3' }), expect: 'pass' },
    { name: 'TLS 1.0', asset: storageAccount({ minimumTlsVersion: 'TLS1_0' }), expect: 'fail', reason: /TLS1_0/ },
    { name: 'unset means TLS 1.0', asset: storageAccount({}), expect: 'fail', reason: /unset/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
