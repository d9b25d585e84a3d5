import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './ftp-disabled.js';
import { webApp, webAppDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'disabled', asset: webApp({}, { ftpsState: 'Disabled' }), expect: 'pass' },
    { name: 'FTPS only', asset: webApp({}, { ftpsState: 'FtpsOnly' }), expect: 'pass' },
    { name: 'all allowed', asset: webApp({}, { ftpsState: 'AllAllowed' }), expect: 'fail' },
    { name: 'not reported', asset: webApp({}, {}), expect: 'unknown' },
    { name: 'config denied', asset: webAppDenied('config', 'webApps.getConfiguration'), expect: 'unknown' },
  ]);
});
