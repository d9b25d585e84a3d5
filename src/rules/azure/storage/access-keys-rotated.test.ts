import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './access-keys-rotated.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'both keys regenerated 10 and 89 days ago', asset: storageAccount({ keyCreationTime: { key1: '2026-11-19T00:00:00.000Z', key2: '2026-09-01T00:00:00.000Z' } }), expect: 'pass' },
    { name: 'key2 is 120 days old', asset: storageAccount({ keyCreationTime: { key1: '2026-11-19T00:00:00.000Z', key2: '2026-08-01T00:00:00.000Z' } }), expect: 'fail', reason: /key2 is 120 days/ },
    { name: 'no creation times recorded', asset: storageAccount({ keyCreationTime: { key1: null, key2: null } }), expect: 'fail', reason: /never regenerated/ },
    {
      name: 'a Terraform account: key times exist only after apply',
      asset: { ...storageAccount({ keyCreationTime: undefined }), source: { type: 'iac' as const, file: 'main.tf', line: 3, address: 'azurerm_storage_account.a' } },
      expect: 'unknown',
      reason: /only once the account is created/,
    },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
