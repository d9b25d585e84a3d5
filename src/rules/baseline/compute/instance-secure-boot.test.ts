import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { ec2Instance } from '../../../../test/support/native-aws.js';
import { vm } from '../../../../test/support/native-azure.js';
import { gceInstance } from '../../../../test/support/native-gcp.js';
import { rule } from './instance-secure-boot.js';

runBaselineCases(rule, {
  aws: [{ name: 'not modelled for EC2', asset: ec2Instance({}), expect: 'not_applicable' }],
  azure: [
    { name: 'Trusted Launch with secure boot', asset: vm({ securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } }), expect: 'pass' },
    { name: 'Trusted Launch without secure boot', asset: vm({ securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: false } } }), expect: 'fail' },
    { name: 'standard security type', asset: vm({}), expect: 'fail' },
    { name: 'not collected', asset: withGap(vm({}), 'vm'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'Shielded VM secure boot', asset: gceInstance({ shieldedInstanceConfig: { enableSecureBoot: true, enableVtpm: true } }), expect: 'pass' },
    { name: 'secure boot off', asset: gceInstance({ shieldedInstanceConfig: { enableSecureBoot: false } }), expect: 'fail' },
    { name: 'not collected', asset: withGap(gceInstance({}), 'instance'), expect: 'unknown' },
  ],
});
