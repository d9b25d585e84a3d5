import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { awsSecret } from '../../../../test/support/native-aws.js';
import { keyVaultSecret } from '../../../../test/support/native-azure.js';
import { gcpSecret } from '../../../../test/support/native-gcp.js';
import { rule } from './secret-expiry-set.js';

runBaselineCases(rule, {
  aws: [{ name: 'Secrets Manager has no expiry', asset: awsSecret({}), expect: 'not_applicable' }],
  azure: [
    { name: 'expiry set (ISO string from the SDK Date)', asset: keyVaultSecret({ expires: '2027-06-30T00:00:00.000Z' }), expect: 'pass' },
    { name: 'no expiry', asset: keyVaultSecret({}), expect: 'fail' },
    { name: 'not collected', asset: withGap(keyVaultSecret({}), 'secret'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'expire time set', asset: gcpSecret({ expireTime: '2027-06-30T00:00:00Z' }), expect: 'pass' },
    { name: 'no expiry', asset: gcpSecret({}), expect: 'fail' },
    { name: 'not collected', asset: withGap(gcpSecret({}), 'secret'), expect: 'unknown' },
  ],
});
