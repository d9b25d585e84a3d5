import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './authentication-enabled.js';
import { webApp, webAppDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'on', asset: webApp({}, {}, { platform: { enabled: true } }), expect: 'pass' },
    { name: 'off', asset: webApp({}, {}, { platform: { enabled: false } }), expect: 'fail' },
    { name: 'no auth settings', asset: webApp({}, {}, null), expect: 'fail' },
    { name: 'auth settings denied', asset: webAppDenied('authSettings', 'webApps.getAuthSettingsV2'), expect: 'unknown' },
  ]);
});
