import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './vm-trusted-launch-enabled.js';
import { vm, vmDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'trusted launch', asset: vm({ securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } }), expect: 'pass' },
    { name: 'confidential VM', asset: vm({ securityProfile: { securityType: 'ConfidentialVM', uefiSettings: { secureBootEnabled: true, vTpmEnabled: true } } }), expect: 'pass' },
    { name: 'trusted launch without secure boot', asset: vm({ securityProfile: { securityType: 'TrustedLaunch', uefiSettings: { secureBootEnabled: false, vTpmEnabled: true } } }), expect: 'fail' },
    { name: 'standard security type', asset: vm({ securityProfile: { securityType: 'Standard' } }), expect: 'fail' },
    { name: 'no security profile', asset: vm({}), expect: 'fail' },
    { name: 'denied', asset: vmDenied(), expect: 'unknown' },
  ]);
});
