import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './rbac-enabled.js';
import { cluster, clusterDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'enabled', asset: cluster({ enableRbac: true }), expect: 'pass' },
    { name: 'disabled', asset: cluster({ enableRbac: false }), expect: 'fail' },
    { name: 'not reported', asset: cluster({}), expect: 'unknown' },
    { name: 'denied', asset: clusterDenied(), expect: 'unknown' },
  ]);
});
