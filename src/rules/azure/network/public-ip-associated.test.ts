import { describe } from 'vitest';
import { armId, azureAsset, deniedGap } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './public-ip-associated.js';

const TYPE = 'Microsoft.Network/publicIPAddresses';
const ip = (fields: Record<string, unknown>) => azureAsset({ type: TYPE, kind: 'network.public-ip', name: 'pip', config: { publicIp: { name: 'pip', ipAddress: '203.0.113.10', ...fields } } });

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'attached to a NIC', asset: ip({ ipConfiguration: { id: `${armId('Microsoft.Network/networkInterfaces', 'nic1')}/ipConfigurations/ipconfig1` } }), expect: 'pass', reason: /nic1/ },
    { name: 'attached to a NAT gateway', asset: ip({ natGateway: { id: armId('Microsoft.Network/natGateways', 'nat1') } }), expect: 'pass' },
    { name: 'unattached', asset: ip({}), expect: 'fail', reason: /203.0.113.10 is not attached/ },
    { name: 'listing denied', asset: azureAsset({ type: TYPE, gaps: { publicIp: deniedGap('network', 'publicIPAddresses.listAll') } }), expect: 'unknown' },
  ]);
});
