import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './rbac-authorization-enabled.js';
import { vault, vaultDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'RBAC', asset: vault({ enableRbacAuthorization: true }), expect: 'pass' },
    { name: 'access policies', asset: vault({ enableRbacAuthorization: false }), expect: 'fail', reason: /access policies/ },
    { name: 'unset means access policies', asset: vault({}), expect: 'fail' },
    { name: 'vault listing denied', asset: vaultDenied(), expect: 'unknown' },
  ]);
});
