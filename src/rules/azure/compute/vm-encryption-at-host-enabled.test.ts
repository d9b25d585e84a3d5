import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './vm-encryption-at-host-enabled.js';
import { vm, vmDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'enabled', asset: vm({ securityProfile: { encryptionAtHost: true } }), expect: 'pass' },
    { name: 'disabled', asset: vm({ securityProfile: { encryptionAtHost: false } }), expect: 'fail' },
    { name: 'unset means disabled', asset: vm({}), expect: 'fail', reason: /temp disk/ },
    { name: 'denied', asset: vmDenied(), expect: 'unknown' },
  ]);
});
