import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { kmsKey } from '../../../../test/support/native-aws.js';
import { keyVaultKey } from '../../../../test/support/native-azure.js';
import { cryptoKey } from '../../../../test/support/native-gcp.js';
import { rule } from './key-expiry-set.js';

runBaselineCases(rule, {
  aws: [{ name: 'KMS keys have no expiry', asset: kmsKey({}), expect: 'not_applicable' }],
  azure: [
    { name: 'expiry as Unix seconds (Key attributes)', asset: keyVaultKey({ attributes: { enabled: true, expires: 1830297600 } }), expect: 'pass' },
    { name: 'no expiry', asset: keyVaultKey({}), expect: 'fail' },
    { name: 'key not collected', asset: withGap(keyVaultKey({}), 'key'), expect: 'unknown' },
  ],
  gcp: [{ name: 'Cloud KMS keys have no expiry', asset: cryptoKey({}), expect: 'not_applicable' }],
});
