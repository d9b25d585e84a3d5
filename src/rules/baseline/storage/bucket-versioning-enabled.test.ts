import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { s3Bucket } from '../../../../test/support/native-aws.js';
import { blobContainer } from '../../../../test/support/native-azure.js';
import { gcsBucket } from '../../../../test/support/native-gcp.js';
import { rule } from './bucket-versioning-enabled.js';

runBaselineCases(rule, {
  aws: [
    { name: 'Enabled', asset: s3Bucket({ versioning: { Status: 'Enabled' } }), expect: 'pass' },
    { name: 'Suspended', asset: s3Bucket({ versioning: { Status: 'Suspended' } }), expect: 'fail' },
    { name: 'never enabled', asset: s3Bucket(), expect: 'fail' },
    { name: 'denied', asset: withGap(s3Bucket(), 'versioning', 'GetBucketVersioning'), expect: 'unknown' },
  ],
  azure: [
    { name: 'blob versioning on', asset: blobContainer(), expect: 'pass' },
    { name: 'blob versioning off', asset: blobContainer({ blobService: { isVersioningEnabled: false } }), expect: 'fail' },
    { name: 'blob service properties denied', asset: withGap(blobContainer(), 'blobService'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'versioning on', asset: gcsBucket(), expect: 'pass' },
    { name: 'versioning off', asset: gcsBucket({ bucket: { versioning: { enabled: false } } }), expect: 'fail' },
    { name: 'bucket denied', asset: withGap(gcsBucket(), 'bucket'), expect: 'unknown' },
  ],
});
