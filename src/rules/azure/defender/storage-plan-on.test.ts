import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './storage-plan-on.js';
import { plans, pricingsAsset } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'Standard tier', asset: pricingsAsset(plans({ StorageAccounts: 'Standard' })), expect: 'pass' },
    { name: 'Free tier', asset: pricingsAsset(plans({ StorageAccounts: 'Free' })), expect: 'fail', reason: /off/ },
    { name: 'plan missing from the list', asset: pricingsAsset(plans({})), expect: 'unknown', reason: /not in the subscription/ },
    { name: 'pricings.list denied', asset: pricingsAsset('denied'), expect: 'unknown', reason: /pricings.list/ },
  ]);
});
