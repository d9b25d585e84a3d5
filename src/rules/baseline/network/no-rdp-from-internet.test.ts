import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { securityGroup, sshRule } from '../../../../test/support/native-aws.js';
import { nsg, nsgRule } from '../../../../test/support/native-azure.js';
import { firewall } from '../../../../test/support/native-gcp.js';
import { rule } from './no-rdp-from-internet.js';

runBaselineCases(rule, {
  aws: [
    { name: 'SSH open but RDP closed', asset: securityGroup([sshRule('0.0.0.0/0')]), expect: 'pass' },
    { name: 'RDP from 0.0.0.0/0', asset: securityGroup([sshRule('0.0.0.0/0', 3389)]), expect: 'fail' },
    { name: 'not collected', asset: withGap(securityGroup([]), 'securityGroup'), expect: 'unknown' },
  ],
  azure: [
    { name: 'RDP from a private range', asset: nsg([nsgRule('rdp', 200, '3389', '10.0.0.0/8')]), expect: 'pass' },
    { name: 'RDP in a port range from Any', asset: nsg([nsgRule('rdp', 200, '3000-4000', 'Any')]), expect: 'fail' },
    { name: 'RDP over UDP from Internet', asset: nsg([nsgRule('rdp', 200, '3389', 'Internet', 'Allow', 'Udp')]), expect: 'fail' },
    { name: 'not collected', asset: withGap(nsg([]), 'nsg'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'RDP from a network tag', asset: firewall({ sourceTags: ['bastion'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }] }), expect: 'pass' },
    { name: 'RDP from 0.0.0.0/0', asset: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['3389'] }] }), expect: 'fail' },
    { name: 'not collected', asset: withGap(firewall({}), 'firewall'), expect: 'unknown' },
  ],
});
