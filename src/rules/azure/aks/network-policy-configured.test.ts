import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './network-policy-configured.js';
import { cluster, clusterDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'azure', asset: cluster({ networkProfile: { networkPlugin: 'azure', networkPolicy: 'azure' } }), expect: 'pass' },
    { name: 'cilium', asset: cluster({ networkProfile: { networkPolicy: 'cilium' } }), expect: 'pass' },
    { name: 'none', asset: cluster({ networkProfile: { networkPolicy: 'none' } }), expect: 'fail' },
    { name: 'unset', asset: cluster({ networkProfile: { networkPlugin: 'kubenet' } }), expect: 'fail' },
    { name: 'denied', asset: clusterDenied(), expect: 'unknown' },
  ]);
});
