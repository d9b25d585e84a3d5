import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './local-auth-disabled.js';
import { cosmos, cosmosDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'disabled', asset: cosmos({ disableLocalAuth: true }), expect: 'pass' },
    { name: 'enabled', asset: cosmos({ disableLocalAuth: false }), expect: 'fail' },
    { name: 'unset', asset: cosmos({}), expect: 'fail' },
    { name: 'denied', asset: cosmosDenied(), expect: 'unknown' },
  ]);
});
