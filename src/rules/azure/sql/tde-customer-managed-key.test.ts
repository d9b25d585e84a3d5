import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './tde-customer-managed-key.js';
import { sqlServer, sqlServerDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'Key Vault key', asset: sqlServer({ encryptionProtector: { serverKeyType: 'AzureKeyVault', serverKeyName: 'kv_tde_v1' } }), expect: 'pass' },
    { name: 'service managed', asset: sqlServer({ encryptionProtector: { serverKeyType: 'ServiceManaged' } }), expect: 'fail' },
    { name: 'denied', asset: sqlServerDenied('encryptionProtector', 'encryptionProtectors.get'), expect: 'unknown' },
  ]);
});
