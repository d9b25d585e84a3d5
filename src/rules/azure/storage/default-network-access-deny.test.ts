import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './default-network-access-deny.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'deny', asset: storageAccount({ networkRuleSet: { defaultAction: 'Deny' } }), expect: 'pass' },
    { name: 'allow', asset: storageAccount({ networkRuleSet: { defaultAction: 'Allow' } }), expect: 'fail', reason: /Allow/ },
    { name: 'no rule set', asset: storageAccount({}), expect: 'fail', reason: /not set/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
