import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './private-endpoint-used.js';
import { storageAccount, storageAccountDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'approved connection', asset: storageAccount({ privateEndpointConnections: [{ privateLinkServiceConnectionState: { status: 'Approved' } }] }), expect: 'pass' },
    { name: 'only a pending connection', asset: storageAccount({ privateEndpointConnections: [{ privateLinkServiceConnectionState: { status: 'Pending' } }] }), expect: 'fail', reason: /approved/ },
    { name: 'no connection', asset: storageAccount({}), expect: 'fail', reason: /No private endpoint/ },
    { name: 'account listing denied', asset: storageAccountDenied('account', 'storageAccounts.list'), expect: 'unknown', reason: /AuthorizationFailed/ },
  ]);
});
