import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { KEY_ARN, ebsVolume, kmsKey } from '../../../../test/support/native-aws.js';
import { managedDisk } from '../../../../test/support/native-azure.js';
import { pd } from '../../../../test/support/native-gcp.js';
import { rule } from './volume-customer-managed-key.js';

runBaselineCases(rule, {
  aws: [
    { name: 'customer-managed KMS key', asset: ebsVolume({ Encrypted: true, KmsKeyId: KEY_ARN }), context: [kmsKey({})], expect: 'pass' },
    { name: 'AWS-managed aws/ebs key', asset: ebsVolume({ Encrypted: true, KmsKeyId: KEY_ARN }), context: [kmsKey({ KeyManager: 'AWS' })], expect: 'fail' },
    { name: 'unencrypted', asset: ebsVolume({ Encrypted: false }), expect: 'fail' },
    { name: 'key listing shows no such key', asset: ebsVolume({ Encrypted: true, KmsKeyId: KEY_ARN }), expect: 'unknown' },
    { name: 'key metadata denied', asset: ebsVolume({ Encrypted: true, KmsKeyId: KEY_ARN }), context: [withGap(kmsKey({}), 'metadata', 'DescribeKey')], expect: 'unknown' },
    { name: 'volume not collected', asset: withGap(ebsVolume({}), 'volume'), expect: 'unknown' },
  ],
  azure: [
    { name: 'customer key', asset: managedDisk({ encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: 'des' } }), expect: 'pass' },
    { name: 'platform key', asset: managedDisk({}), expect: 'fail' },
    { name: 'disk not collected', asset: withGap(managedDisk({}), 'disk'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'Cloud KMS key', asset: pd({ diskEncryptionKey: { kmsKeyName: 'projects/p/locations/l/keyRings/r/cryptoKeys/k/cryptoKeyVersions/1' } }), expect: 'pass' },
    { name: 'Google-managed key', asset: pd({}), expect: 'fail' },
    { name: 'disk not collected', asset: withGap(pd({}), 'disk'), expect: 'unknown' },
  ],
});
