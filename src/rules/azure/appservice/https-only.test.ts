import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './https-only.js';
import { webApp, webAppDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'on', asset: webApp({ httpsOnly: true }), expect: 'pass' },
    { name: 'off', asset: webApp({ httpsOnly: false }), expect: 'fail' },
    { name: 'unset means off', asset: webApp({}), expect: 'fail' },
    { name: 'site denied', asset: webAppDenied('site', 'webApps.list'), expect: 'unknown' },
  ]);
});
