import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { ec2Instance } from '../../../../test/support/native-aws.js';
import { vm } from '../../../../test/support/native-azure.js';
import { gceInstance } from '../../../../test/support/native-gcp.js';
import { rule } from './instance-no-public-ip.js';

runBaselineCases(rule, {
  aws: [
    { name: 'private only', asset: ec2Instance({ PrivateIpAddress: '10.0.0.5' }), expect: 'pass' },
    { name: 'public IPv4', asset: ec2Instance({ PublicIpAddress: '198.51.100.7' }), expect: 'fail' },
    { name: 'Elastic IP on a secondary interface', asset: ec2Instance({ NetworkInterfaces: [{ Association: { PublicIp: '198.51.100.8' } }] }), expect: 'fail' },
    { name: 'not collected', asset: withGap(ec2Instance({}), 'instance'), expect: 'unknown' },
  ],
  azure: [
    { name: 'no public IP on its NICs', asset: vm({}), expect: 'pass' },
    { name: 'public IP attached', asset: vm({}, [{ id: 'pip1', ipAddress: '20.1.2.3' }]), expect: 'fail' },
    { name: 'public IPs not collected', asset: withGap(vm({}), 'publicIps'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'no access config', asset: gceInstance({}), expect: 'pass' },
    { name: 'external NAT IP', asset: gceInstance({ networkInterfaces: [{ accessConfigs: [{ type: 'ONE_TO_ONE_NAT', natIP: '34.1.2.3' }] }] }), expect: 'fail' },
    { name: 'not collected', asset: withGap(gceInstance({}), 'instance'), expect: 'unknown' },
  ],
});
