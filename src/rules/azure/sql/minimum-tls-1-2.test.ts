import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './minimum-tls-1-2.js';
import { sqlServer, sqlServerDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: '1.2', asset: sqlServer({ server: { minimalTlsVersion: '1.2' } }), expect: 'pass' },
    { name: '1.0', asset: sqlServer({ server: { minimalTlsVersion: '1.0' } }), expect: 'fail', reason: /1.0/ },
    { name: 'None', asset: sqlServer({ server: { minimalTlsVersion: 'None' } }), expect: 'fail' },
    { name: 'unset', asset: sqlServer({ server: {} }), expect: 'fail', reason: /any version/ },
    { name: 'denied', asset: sqlServerDenied('server', 'servers.list'), expect: 'unknown' },
  ]);
});
