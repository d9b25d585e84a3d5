import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './network-access-restricted.js';
import { cosmos, cosmosDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'public access disabled', asset: cosmos({ publicNetworkAccess: 'Disabled' }), expect: 'pass' },
    { name: 'IP firewall', asset: cosmos({ publicNetworkAccess: 'Enabled', ipRules: [{ ipAddressOrRange: '203.0.113.0/24' }] }), expect: 'pass' },
    { name: 'VNet filter', asset: cosmos({ isVirtualNetworkFilterEnabled: true }), expect: 'pass' },
    { name: 'only Azure datacenters', asset: cosmos({ ipRules: [{ ipAddressOrRange: '0.0.0.0' }] }), expect: 'fail' },
    { name: 'all networks', asset: cosmos({ publicNetworkAccess: 'Enabled', isVirtualNetworkFilterEnabled: false, ipRules: [] }), expect: 'fail' },
    { name: 'denied', asset: cosmosDenied(), expect: 'unknown' },
  ]);
});
