import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { ebsVolume } from '../../../../test/support/native-aws.js';
import { managedDisk } from '../../../../test/support/native-azure.js';
import { pd } from '../../../../test/support/native-gcp.js';
import { rule } from './volume-encrypted.js';

// Azure managed disks and GCE persistent disks cannot be unencrypted: they pass or are unknown only.
runBaselineCases(rule, {
  aws: [
    { name: 'encrypted', asset: ebsVolume({ Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k' }), expect: 'pass' },
    { name: 'not encrypted', asset: ebsVolume({ Encrypted: false }), expect: 'fail' },
    { name: 'volume not collected', asset: withGap(ebsVolume({}), 'volume', 'DescribeVolumes'), expect: 'unknown' },
  ],
  azure: [
    { name: 'platform key', asset: managedDisk({}), expect: 'pass' },
    { name: 'disk not collected', asset: withGap(managedDisk({}), 'disk'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'Google-managed key', asset: pd({}), expect: 'pass' },
    { name: 'disk not collected', asset: withGap(pd({}), 'disk'), expect: 'unknown' },
  ],
});
