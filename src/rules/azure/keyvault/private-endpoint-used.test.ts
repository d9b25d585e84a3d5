import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './private-endpoint-used.js';
import { vault, vaultDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'approved endpoint', asset: vault({ privateEndpointConnections: [{ privateLinkServiceConnectionState: { status: 'Approved' } }] }), expect: 'pass' },
    { name: 'rejected endpoint', asset: vault({ privateEndpointConnections: [{ privateLinkServiceConnectionState: { status: 'Rejected' } }] }), expect: 'fail', reason: /approved/ },
    { name: 'no endpoint', asset: vault({}), expect: 'fail', reason: /No private endpoint/ },
    { name: 'vault listing denied', asset: vaultDenied(), expect: 'unknown' },
  ]);
});
