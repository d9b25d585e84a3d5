import { describe } from 'vitest';
import { azureAsset } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './activity-log-captures-security-categories.js';
import { DIAGNOSTIC_SETTING_TYPE } from './support/activity-log.js';
import { ALL, ctxWith, setting, subscription } from './support/fixtures.js';

const allLogs = azureAsset({ type: DIAGNOSTIC_SETTING_TYPE, region: 'global', name: 'grp', config: { setting: { name: 'grp', workspaceId: 'w', logs: [{ categoryGroup: 'allLogs', enabled: true }] } } });

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'all four categories in one setting', asset: subscription(), ctx: ctxWith([setting('full', ALL)]), expect: 'pass', reason: /full exports/ },
    { name: 'allLogs category group', asset: subscription(), ctx: ctxWith([allLogs]), expect: 'pass' },
    { name: 'Policy missing', asset: subscription(), ctx: ctxWith([setting('partial', ['Administrative', 'Alert', 'Security'])]), expect: 'fail', reason: /partial: lacks Policy/ },
    { name: 'categories split across two settings', asset: subscription(), ctx: ctxWith([setting('a', ['Administrative', 'Alert']), setting('b', ['Policy', 'Security'])]), expect: 'fail', reason: /No single/ },
    { name: 'complete setting without a destination', asset: subscription(), ctx: ctxWith([setting('nowhere', ALL, {})]), expect: 'fail', reason: /no destination/ },
    { name: 'listing incomplete', asset: subscription(), ctx: ctxWith([], true), expect: 'unknown' },
  ]);
});
