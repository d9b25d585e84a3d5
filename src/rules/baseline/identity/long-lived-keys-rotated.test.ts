import { daysAgo, runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { iamUser } from '../../../../test/support/native-aws.js';
import { storageAccount } from '../../../../test/support/native-azure.js';
import { serviceAccount, userKey } from '../../../../test/support/native-gcp.js';
import { rule } from './long-lived-keys-rotated.js';

const key1 = (age: number, active = 'true') => ({ access_key_1_active: active, access_key_1_last_rotated: daysAgo(age) });

runBaselineCases(rule, {
  aws: [
    { name: 'no access keys', asset: iamUser({}), expect: 'pass' },
    { name: 'key 30 days old', asset: iamUser(key1(30)), expect: 'pass' },
    { name: 'key 200 days old', asset: iamUser(key1(200)), expect: 'fail' },
    { name: 'inactive key 200 days old', asset: iamUser(key1(200, 'false')), expect: 'pass' },
    { name: 'credential report missing', asset: withGap(iamUser({}), 'credentials', 'GetCredentialReport'), expect: 'unknown' },
  ],
  azure: [
    { name: 'keys 10 days old', asset: storageAccount(), expect: 'pass' },
    { name: 'key1 120 days old', asset: storageAccount({ keyCreationTime: { key1: daysAgo(120), key2: daysAgo(10) } }), expect: 'fail' },
    { name: 'old keys but shared-key access disabled', asset: storageAccount({ allowSharedKeyAccess: false, keyCreationTime: { key1: daysAgo(400), key2: daysAgo(400) } }), expect: 'pass' },
    { name: 'key creation times not reported (old account)', asset: storageAccount({ keyCreationTime: { key1: null, key2: null } }), expect: 'unknown' },
    { name: 'account not collected', asset: withGap(storageAccount(), 'account'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'system-managed keys only', asset: serviceAccount([{ name: 'k', keyType: 'SYSTEM_MANAGED', validAfterTime: daysAgo(900) }]), expect: 'pass' },
    { name: 'user-managed key 20 days old', asset: serviceAccount([userKey(20)]), expect: 'pass' },
    { name: 'user-managed key 100 days old', asset: serviceAccount([userKey(100)]), expect: 'fail' },
    { name: 'disabled old key', asset: serviceAccount([userKey(100, { disabled: true })]), expect: 'pass' },
    { name: 'keys listing denied', asset: withGap(serviceAccount([]), 'keys'), expect: 'unknown' },
  ],
});
