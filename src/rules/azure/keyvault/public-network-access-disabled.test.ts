import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './public-network-access-disabled.js';
import { vault, vaultDenied } from './support/fixtures.js';

const pe = [{ id: 'pec1', privateLinkServiceConnectionState: { status: 'Approved' } }];

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'private endpoint and public access disabled', asset: vault({ privateEndpointConnections: pe, publicNetworkAccess: 'Disabled' }), expect: 'pass' },
    { name: 'private endpoint but public access enabled', asset: vault({ privateEndpointConnections: pe, publicNetworkAccess: 'Enabled' }), expect: 'fail', reason: /Enabled/ },
    { name: 'private endpoint and public access unset', asset: vault({ privateEndpointConnections: pe }), expect: 'fail', reason: /not set/ },
    { name: 'no private endpoint', asset: vault({ publicNetworkAccess: 'Enabled' }), expect: 'not_applicable' },
    { name: 'vault listing denied', asset: vaultDenied(), expect: 'unknown' },
  ]);
});
