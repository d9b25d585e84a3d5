import { describe } from 'vitest';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './disk-public-network-access-disabled.js';
import { disk, diskDenied } from './support/fixtures.js';

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'deny all', asset: disk({ networkAccessPolicy: 'DenyAll' }), expect: 'pass' },
    { name: 'private only', asset: disk({ networkAccessPolicy: 'AllowPrivate', diskAccessId: 'da' }), expect: 'pass' },
    { name: 'allow all', asset: disk({ networkAccessPolicy: 'AllowAll' }), expect: 'fail' },
    { name: 'unset means allow all', asset: disk({}), expect: 'fail' },
    { name: 'denied', asset: diskDenied(), expect: 'unknown' },
  ]);
});
