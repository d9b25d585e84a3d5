import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { securityGroup, sshRule } from '../../../../test/support/native-aws.js';
import { nsg, nsgRule } from '../../../../test/support/native-azure.js';
import { firewall } from '../../../../test/support/native-gcp.js';
import { rule } from './no-all-ports-from-internet.js';

runBaselineCases(rule, {
  aws: [
    { name: 'HTTPS only (the default all-traffic egress does not count)', asset: securityGroup([sshRule('0.0.0.0/0', 443)]), expect: 'pass' },
    { name: 'all traffic from 0.0.0.0/0', asset: securityGroup([{ IpProtocol: '-1', IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]), expect: 'fail' },
    { name: 'every TCP port from 0.0.0.0/0', asset: securityGroup([{ IpProtocol: 'tcp', FromPort: 0, ToPort: 65535, IpRanges: [{ CidrIp: '0.0.0.0/0' }] }]), expect: 'fail' },
    { name: 'not collected', asset: withGap(securityGroup([]), 'securityGroup'), expect: 'unknown' },
  ],
  azure: [
    { name: 'default rules only (AllowAzureLoadBalancerInBound is not the internet)', asset: nsg([]), expect: 'pass' },
    { name: 'Allow * from *', asset: nsg([nsgRule('any', 100, '*', '*', 'Allow', '*')]), expect: 'fail' },
    { name: 'Allow * from Internet shadowed by Deny * from * at a higher priority', asset: nsg([nsgRule('deny', 100, '*', '*', 'Deny', '*'), nsgRule('any', 200, '*', 'Internet', 'Allow', '*')]), expect: 'pass' },
    { name: 'not collected', asset: withGap(nsg([]), 'nsg'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'tcp:443 from 0.0.0.0/0', asset: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp', ports: ['443'] }] }), expect: 'pass' },
    { name: 'all from 0.0.0.0/0', asset: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'all' }] }), expect: 'fail' },
    { name: 'tcp without ports from 0.0.0.0/0', asset: firewall({ sourceRanges: ['0.0.0.0/0'], allowed: [{ IPProtocol: 'tcp' }] }), expect: 'fail' },
    { name: 'not collected', asset: withGap(firewall({}), 'firewall'), expect: 'unknown' },
  ],
});
