import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './api-server-access-restricted.js';
import { cluster, clusterDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'private', asset: cluster({ apiServerAccessProfile: { enablePrivateCluster: true } }), expect: 'pass' },
    { name: 'authorized ranges', asset: cluster({ apiServerAccessProfile: { authorizedIPRanges: ['203.0.113.0/24'] } }), expect: 'pass' },
    { name: 'ranges include 0.0.0.0/0', asset: cluster({ apiServerAccessProfile: { authorizedIPRanges: ['203.0.113.0/24', '0.0.0.0/0'] } }), expect: 'fail' },
    { name: 'public without ranges', asset: cluster({}), expect: 'fail' },
    { name: 'denied', asset: clusterDenied(), expect: 'unknown' },
  ]);
});
