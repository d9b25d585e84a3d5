import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { publicAcl, publicPolicy, s3AccountBlock, s3Bucket } from '../../../../test/support/native-aws.js';
import { blobContainer } from '../../../../test/support/native-azure.js';
import { gcsBucket, publicBinding } from '../../../../test/support/native-gcp.js';
import { rule } from './bucket-not-publicly-writable.js';

const ALL_OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };

runBaselineCases(rule, {
  aws: [
    { name: 'publicly readable only', asset: s3Bucket({ acl: publicAcl('READ') }), context: [s3AccountBlock(ALL_OFF)], expect: 'pass' },
    { name: 'policy allows s3:PutObject to *', asset: s3Bucket({ policy: publicPolicy('s3:PutObject') }), context: [s3AccountBlock(ALL_OFF)], expect: 'fail' },
    { name: 'public write voided by account RestrictPublicBuckets', asset: s3Bucket({ policy: publicPolicy('s3:PutObject') }), context: [s3AccountBlock({ ...ALL_OFF, RestrictPublicBuckets: true })], expect: 'pass' },
    { name: 'policy denied', asset: withGap(s3Bucket(), 'policy', 'GetBucketPolicy'), expect: 'unknown' },
  ],
  azure: [
    { name: 'Container access level is read-only for the public', asset: blobContainer({ container: { publicAccess: 'Container' }, account: { allowBlobPublicAccess: true } }), expect: 'pass' },
    { name: 'container denied', asset: withGap(blobContainer(), 'container'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'objectViewer to allUsers is read only', asset: gcsBucket({ iamPolicy: publicBinding('roles/storage.objectViewer') }), expect: 'pass' },
    { name: 'objectCreator to allUsers', asset: gcsBucket({ iamPolicy: publicBinding('roles/storage.objectCreator') }), expect: 'fail' },
    { name: 'objectAdmin to allUsers with prevention enforced', asset: gcsBucket({ bucket: { iamConfiguration: { publicAccessPrevention: 'enforced' } }, iamPolicy: publicBinding('roles/storage.objectAdmin') }), expect: 'pass' },
    { name: 'bucket denied', asset: withGap(gcsBucket(), 'bucket'), expect: 'unknown' },
  ],
});
