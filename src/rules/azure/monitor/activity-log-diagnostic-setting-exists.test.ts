import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './activity-log-diagnostic-setting-exists.js';
import { ALL, ctxWith, setting, subscription, unreadableSetting } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'setting to a workspace', asset: subscription(), ctx: ctxWith([setting('to-law', ALL)]), expect: 'pass', reason: /to-law/ },
    { name: 'setting to an event hub', asset: subscription(), ctx: ctxWith([setting('to-eh', ['Administrative'], { eventHubAuthorizationRuleId: 'ehr', eventHubName: 'activity' })]), expect: 'pass', reason: /event hub activity/ },
    { name: 'setting without a destination', asset: subscription(), ctx: ctxWith([setting('nowhere', ALL, {})]), expect: 'fail', reason: /nowhere: no destination/ },
    { name: 'no setting (complete listing)', asset: subscription(), ctx: ctxWith([]), expect: 'fail', reason: /no activity-log diagnostic setting/ },
    { name: 'one setting unreadable, none qualifying', asset: subscription(), ctx: ctxWith([setting('nowhere', ALL, {}), unreadableSetting('x')]), expect: 'unknown', reason: /could not read x/ },
    { name: 'listing incomplete', asset: subscription(), ctx: ctxWith([], true), expect: 'unknown', reason: /listing incomplete/ },
  ]);
});
