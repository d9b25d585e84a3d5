import { listingFailed, runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { publicAcl, publicPolicy, s3AccountBlock, s3Bucket } from '../../../../test/support/native-aws.js';
import { blobContainer } from '../../../../test/support/native-azure.js';
import { gcsBucket, publicBinding } from '../../../../test/support/native-gcp.js';
import { rule } from './bucket-not-publicly-readable.js';

const ALL_OFF = { BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false };
const ACCOUNT_ON = { ...ALL_OFF, IgnorePublicAcls: true, RestrictPublicBuckets: true };

runBaselineCases(rule, {
  aws: [
    { name: 'private bucket', asset: s3Bucket(), expect: 'pass' },
    { name: 'ACL grants READ to AllUsers, account block off', asset: s3Bucket({ acl: publicAcl('READ') }), context: [s3AccountBlock(ALL_OFF)], expect: 'fail' },
    { name: 'policy allows s3:GetObject to *, account block off', asset: s3Bucket({ policy: publicPolicy('s3:GetObject') }), context: [s3AccountBlock(ALL_OFF)], expect: 'fail' },
    { name: 'public ACL voided by the account IgnorePublicAcls', asset: s3Bucket({ acl: publicAcl('READ') }), context: [s3AccountBlock(ACCOUNT_ON)], expect: 'pass' },
    { name: 'public ACL voided by the bucket block', asset: s3Bucket({ acl: publicAcl('READ'), publicAccessBlock: { IgnorePublicAcls: true } }), expect: 'pass' },
    { name: 'public ACL and account block not collected', asset: s3Bucket({ acl: publicAcl('READ') }), expect: 'unknown' },
    { name: 'public ACL and account block denied', asset: s3Bucket({ acl: publicAcl('READ') }), context: [withGap(s3AccountBlock(null), 'publicAccessBlock')], expect: 'unknown' },
    { name: 'public ACL and account block listing failed', asset: s3Bucket({ acl: publicAcl('READ') }), listingErrors: listingFailed('aws', 'AWS::S3::AccountPublicAccessBlock'), expect: 'unknown' },
    { name: 'ACL denied', asset: withGap(s3Bucket(), 'acl', 'GetBucketAcl'), expect: 'unknown' },
  ],
  azure: [
    { name: 'private container', asset: blobContainer(), expect: 'pass' },
    { name: 'Blob access level, account allows public access', asset: blobContainer({ container: { publicAccess: 'Blob' }, account: { allowBlobPublicAccess: true } }), expect: 'fail' },
    { name: 'Container access level, allowBlobPublicAccess absent (old account default)', asset: blobContainer({ container: { publicAccess: 'Container' }, account: { allowBlobPublicAccess: undefined } }), expect: 'fail' },
    { name: 'Container access level voided by the account', asset: blobContainer({ container: { publicAccess: 'Container' }, account: { allowBlobPublicAccess: false } }), expect: 'pass' },
    { name: 'Blob access level, account aspect denied', asset: withGap(blobContainer({ container: { publicAccess: 'Blob' } }), 'account'), expect: 'unknown' },
    { name: 'private access level settles it even when the account aspect is denied', asset: withGap(blobContainer(), 'account'), expect: 'pass' },
    { name: 'container listing denied', asset: withGap(blobContainer(), 'container'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'private bucket', asset: gcsBucket(), expect: 'pass' },
    { name: 'objectViewer to allUsers', asset: gcsBucket({ iamPolicy: publicBinding('roles/storage.objectViewer') }), expect: 'fail' },
    { name: 'legacyBucketReader to allAuthenticatedUsers', asset: gcsBucket({ iamPolicy: publicBinding('roles/storage.legacyBucketReader', 'allAuthenticatedUsers') }), expect: 'fail' },
    { name: 'allUsers binding with public access prevention enforced', asset: gcsBucket({ bucket: { iamConfiguration: { publicAccessPrevention: 'enforced' } }, iamPolicy: publicBinding('roles/storage.objectViewer') }), expect: 'pass' },
    { name: 'IAM policy denied', asset: withGap(gcsBucket(), 'iamPolicy', 'storage.buckets.getIamPolicy'), expect: 'unknown' },
  ],
});
