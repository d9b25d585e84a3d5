import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { securityGroup, sshRule } from '../../../../test/support/native-aws.js';
import { nsg, nsgRule } from '../../../../test/support/native-azure.js';
import { firewall } from '../../../../test/support/native-gcp.js';
import { rule } from './no-ssh-from-internet.js';

runBaselineCases(rule, {
  aws: [
    { name: 'SSH from an office range only', asset: securityGroup([sshRule('203.0.113.0/24')]), expect: 'pass' },
    { name: 'SSH from 0.0.0.0/0', asset: securityGroup([sshRule('0.0.0.0/0')]), expect: 'fail' },
    { name: 'all traffic from ::/0', asset: securityGroup([{ IpProtocol: '-1', Ipv6Ranges: [{ CidrIpv6: '::/0' }] }]), expect: 'fail' },
    { name: 'port range 0-1024 from 0.0.0.0/0', asset: securityGroup([{ IpProtocol: 'tcp', FromPort: 0, ToPort: 1024, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]), expect: 'fail' },
    { name: 'only the default outbound rule is open', asset: securityGroup([]), expect: 'pass' },
    { name: 'security group not collected', asset: withGap(securityGroup([]), 'securityGroup'), expect: 'unknown' },
  ],
  azure: [
    { name: 'only default rules', asset: nsg([]), expect: 'pass' },
    { name: 'Allow 22 from Internet', asset: nsg([nsgRule('ssh', 300, '22')]), expect: 'fail' },
    { name: 'Allow * ports from *', asset: nsg([nsgRule('any', 300, '*', '*', 'Allow', '*')]), expect: 'fail' },
    { name: 'Allow 22 from Internet shadowed by a higher-priority Deny', asset: nsg([nsgRule('deny-ssh', 100, '22', '*', 'Deny'), nsgRule('ssh', 300, '22')]), expect: 'pass' },
    { name: 'Deny at a lower priority does not shadow', asset: nsg([nsgRule('ssh', 300, '22'), nsgRule('deny-ssh', 400, '22', '*', 'Deny')]), expect: 'fail' },
    { name: 'Allow 22 from VirtualNetwork', asset: nsg([nsgRule('ssh', 300, '22', 'VirtualNetwork')]), expect: 'pass' },
    { name: 'NSG not collected', asset: withGap(nsg([]), 'nsg'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'tcp:22 from IAP range', asset: firewall({ sourceRanges: ['35.235.240.0/20'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }), expect: 'pass' },
    { name: 'tcp:22 from 0.0.0.0/0', asset: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }), expect: 'fail' },
    { name: 'all protocols with no source at all', asset: firewall({ allowed: [{ IPProtocol: 'all' }] }), expect: 'fail' },
    { name: 'disabled rule', asset: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }], disabled: true }), expect: 'pass' },
    { name: 'deny rule', asset: firewall({ sourceRanges: ['0.0.0.0/0'], denied: [{ IPProtocol: 'tcp', ports: ['22'] }] }), expect: 'pass' },
    { name: 'egress rule', asset: firewall({ direction: 'EGRESS', destinationRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['22'] }] }), expect: 'pass' },
    { name: 'firewall not collected', asset: withGap(firewall({}), 'firewall'), expect: 'unknown' },
  ],
});
