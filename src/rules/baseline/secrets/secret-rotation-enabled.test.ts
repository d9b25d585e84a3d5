import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { awsSecret } from '../../../../test/support/native-aws.js';
import { keyVaultSecret } from '../../../../test/support/native-azure.js';
import { gcpSecret } from '../../../../test/support/native-gcp.js';
import { rule } from './secret-rotation-enabled.js';

runBaselineCases(rule, {
  aws: [
    { name: 'rotation on', asset: awsSecret({ RotationEnabled: true, RotationRules: { AutomaticallyAfterDays: 30 } }), expect: 'pass' },
    { name: 'rotation off', asset: awsSecret({ RotationEnabled: false }), expect: 'fail' },
    { name: 'not collected', asset: withGap(awsSecret({}), 'secret'), expect: 'unknown' },
  ],
  azure: [{ name: 'Key Vault secrets have no rotation switch', asset: keyVaultSecret({}), expect: 'not_applicable' }],
  gcp: [
    { name: 'rotation period set', asset: gcpSecret({ rotation: { rotationPeriod: '2592000s', nextRotationTime: '2026-12-01T00:00:00Z' }, topics: [{ name: 't' }] }), expect: 'pass' },
    { name: 'no rotation', asset: gcpSecret({}), expect: 'fail' },
    { name: 'not collected', asset: withGap(gcpSecret({}), 'secret'), expect: 'unknown' },
  ],
});
