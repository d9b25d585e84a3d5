import { daysAgo, runBaselineCases } from '../../../../test/support/facet-fixtures.js';
import { withGap } from '../../../../test/support/facet-fixtures.js';
import { iamUser } from '../../../../test/support/native-aws.js';
import { storageAccount } from '../../../../test/support/native-azure.js';
import { serviceAccount, userKey } from '../../../../test/support/native-gcp.js';
import { rule } from './unused-keys-removed.js';

const key1 = (created: number, used?: number) => ({ access_key_1_active: 'true', access_key_1_last_rotated: daysAgo(created), access_key_1_last_used_date: used === undefined ? 'N/A' : daysAgo(used) });

runBaselineCases(rule, {
  aws: [
    { name: 'used yesterday', asset: iamUser(key1(300, 1)), expect: 'pass' },
    { name: 'last used 120 days ago', asset: iamUser(key1(300, 120)), expect: 'fail' },
    { name: 'never used, created 100 days ago', asset: iamUser(key1(100)), expect: 'fail' },
    { name: 'never used, created 10 days ago', asset: iamUser(key1(10)), expect: 'pass' },
    { name: 'credential report missing', asset: withGap(iamUser({}), 'credentials', 'GetCredentialReport'), expect: 'unknown' },
  ],
  azure: [{ name: 'no last-use data for shared keys', asset: storageAccount(), expect: 'not_applicable' }],
  gcp: [{ name: 'no last-use data in key listings', asset: serviceAccount([userKey(200)]), expect: 'not_applicable' }],
});
