import { describe } from 'vitest';
import { armId, azureAsset, deniedGap, fixtureContextWith } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './activity-log-storage-cmk-encrypted.js';
import { ALL, ctxWith, setting, subscription } from './support/fixtures.js';

const TYPE = 'Microsoft.Storage/storageAccounts';
const ST = armId(TYPE, 'stlogs');
const account = (keySource: string) => azureAsset({ type: TYPE, id: ST, name: 'stlogs', config: { account: { name: 'stlogs', encryption: { keySource } } } });
const toStorage = setting('to-st', ALL, { storageAccountId: ST.toUpperCase() });

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'target account uses a Key Vault key (id casing differs)', asset: subscription(), ctx: ctxWith([toStorage, account('Microsoft.Keyvault')]), expect: 'pass' },
    { name: 'target account uses Microsoft-managed keys', asset: subscription(), ctx: ctxWith([toStorage, account('Microsoft.Storage')]), expect: 'fail', reason: /stlogs/ },
    { name: 'only a workspace destination', asset: subscription(), ctx: ctxWith([setting('to-law', ALL)]), expect: 'not_applicable' },
    { name: 'target account not collected', asset: subscription(), ctx: ctxWith([toStorage]), expect: 'unknown', reason: /was not collected/ },
    { name: 'storage listing failed', asset: subscription(), ctx: fixtureContextWith([toStorage], { [TYPE]: [deniedGap('storage', 'storageAccounts.list')] }), expect: 'unknown', reason: /listing incomplete/ },
    { name: 'settings listing failed', asset: subscription(), ctx: ctxWith([], true), expect: 'unknown' },
  ]);
});
