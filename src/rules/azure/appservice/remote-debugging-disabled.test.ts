import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './remote-debugging-disabled.js';
import { webApp, webAppDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'off', asset: webApp({}, { remoteDebuggingEnabled: false }), expect: 'pass' },
    { name: 'unset means off', asset: webApp({}, {}), expect: 'pass' },
    { name: 'on', asset: webApp({}, { remoteDebuggingEnabled: true }), expect: 'fail' },
    { name: 'config denied', asset: webAppDenied('config', 'webApps.getConfiguration'), expect: 'unknown' },
  ]);
});
