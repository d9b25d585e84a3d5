import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './minimum-tls-1-2.js';
import { webApp, webAppDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: '1.2', asset: webApp({}, { minTlsVersion: '1.2' }), expect: 'pass' },
    { name: '1.3', asset: webApp({}, { minTlsVersion: '1.3' }), expect: 'pass' },
    { name: '1.0', asset: webApp({}, { minTlsVersion: '1.0' }), expect: 'fail' },
    { name: 'not reported', asset: webApp({}, {}), expect: 'unknown' },
    { name: 'config denied', asset: webAppDenied('config', 'webApps.getConfiguration'), expect: 'unknown' },
  ]);
});
