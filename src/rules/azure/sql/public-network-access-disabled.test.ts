import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './public-network-access-disabled.js';
import { sqlServer, sqlServerDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'disabled', asset: sqlServer({ server: { publicNetworkAccess: 'Disabled' } }), expect: 'pass' },
    { name: 'enabled', asset: sqlServer({ server: { publicNetworkAccess: 'Enabled' } }), expect: 'fail' },
    { name: 'unset', asset: sqlServer({ server: {} }), expect: 'fail' },
    { name: 'denied', asset: sqlServerDenied('server', 'servers.list'), expect: 'unknown' },
  ]);
});
