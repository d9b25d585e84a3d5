import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './managed-identity-enabled.js';
import { webApp, webAppDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'system assigned', asset: webApp({ identity: { type: 'SystemAssigned' } }), expect: 'pass' },
    { name: 'None', asset: webApp({ identity: { type: 'None' } }), expect: 'fail' },
    { name: 'no identity', asset: webApp({}), expect: 'fail' },
    { name: 'site denied', asset: webAppDenied('site', 'webApps.list'), expect: 'unknown' },
  ]);
});
