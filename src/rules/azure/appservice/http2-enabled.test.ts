import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './http2-enabled.js';
import { webApp, webAppDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'on', asset: webApp({}, { http20Enabled: true }), expect: 'pass' },
    { name: 'off', asset: webApp({}, { http20Enabled: false }), expect: 'fail' },
    { name: 'unset means off', asset: webApp({}, {}), expect: 'fail' },
    { name: 'config denied', asset: webAppDenied('config', 'webApps.getConfiguration'), expect: 'unknown' },
  ]);
});
