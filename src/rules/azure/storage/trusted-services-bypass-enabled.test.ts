import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './trusted-services-bypass-enabled.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'deny with AzureServices among others', asset: storageAccount({ networkRuleSet: { defaultAction: 'Deny', bypass: 'Logging, AzureServices' } }), expect: 'pass' },
    { name: 'deny with bypass unset (defaults to AzureServices)', asset: storageAccount({ networkRuleSet: { defaultAction: 'Deny' } }), expect: 'pass' },
    { name: 'deny with bypass None', asset: storageAccount({ networkRuleSet: { defaultAction: 'Deny', bypass: 'None' } }), expect: 'fail', reason: /blocked/ },
    { name: 'firewall allows by default', asset: storageAccount({ networkRuleSet: { defaultAction: 'Allow', bypass: 'None' } }), expect: 'not_applicable' },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
