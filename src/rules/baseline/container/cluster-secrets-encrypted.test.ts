import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { eksCluster } from '../../../../test/support/native-aws.js';
import { aksCluster } from '../../../../test/support/native-azure.js';
import { gkeCluster } from '../../../../test/support/native-gcp.js';
import { rule } from './cluster-secrets-encrypted.js';

runBaselineCases(rule, {
  aws: [
    { name: 'secrets encrypted with a KMS key', asset: eksCluster({ encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' } }] }), expect: 'pass' },
    { name: 'no encryption config', asset: eksCluster({}), expect: 'fail' },
    { name: 'not collected', asset: withGap(eksCluster({}), 'cluster', 'DescribeCluster'), expect: 'unknown' },
  ],
  azure: [
    { name: 'Key Vault KMS on', asset: aksCluster({ securityProfile: { azureKeyVaultKms: { enabled: true, keyId: 'https://kv/keys/k/1' } } }), expect: 'pass' },
    { name: 'Key Vault KMS off', asset: aksCluster({}), expect: 'fail' },
    { name: 'not collected', asset: withGap(aksCluster({}), 'cluster'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'application-layer encryption', asset: gkeCluster({ databaseEncryption: { state: 'ENCRYPTED', keyName: 'projects/p/locations/l/keyRings/r/cryptoKeys/k' } }), expect: 'pass' },
    { name: 'decrypted', asset: gkeCluster({ databaseEncryption: { state: 'DECRYPTED' } }), expect: 'fail' },
    { name: 'not collected', asset: withGap(gkeCluster({}), 'cluster'), expect: 'unknown' },
  ],
});
