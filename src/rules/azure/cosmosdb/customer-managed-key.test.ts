import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './customer-managed-key.js';
import { cosmos, cosmosDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'key vault key', asset: cosmos({ keyVaultKeyUri: 'https://kv.vault.azure.net/keys/cosmos' }), expect: 'pass', reason: /kv.vault/ },
    { name: 'service managed', asset: cosmos({}), expect: 'fail' },
    { name: 'denied', asset: cosmosDenied(), expect: 'unknown' },
  ]);
});
