import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './auditing-enabled.js';
import { sqlServer, sqlServerDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'enabled', asset: sqlServer({ auditing: { state: 'Enabled', storageEndpoint: 'https://st.blob.core.windows.net/' } }), expect: 'pass' },
    { name: 'disabled', asset: sqlServer({ auditing: { state: 'Disabled' } }), expect: 'fail' },
    { name: 'no policy returned', asset: sqlServer({ auditing: null }), expect: 'fail' },
    { name: 'policy denied', asset: sqlServerDenied('auditing', 'serverBlobAuditingPolicies.get'), expect: 'unknown' },
  ]);
});
