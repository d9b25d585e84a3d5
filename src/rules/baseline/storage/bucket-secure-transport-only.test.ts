import { runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { TLS_POLICY, s3Bucket } from '../../../../test/support/native-aws.js';
import { blobContainer } from '../../../../test/support/native-azure.js';
import { gcsBucket } from '../../../../test/support/native-gcp.js';
import { rule } from './bucket-secure-transport-only.js';

runBaselineCases(rule, {
  aws: [
    { name: 'policy denies aws:SecureTransport false on bucket and objects', asset: s3Bucket({ policy: TLS_POLICY }), expect: 'pass' },
    { name: 'no policy', asset: s3Bucket(), expect: 'fail' },
    { name: 'policy denied', asset: withGap(s3Bucket(), 'policy', 'GetBucketPolicy'), expect: 'unknown' },
  ],
  azure: [
    { name: 'secure transfer required', asset: blobContainer(), expect: 'pass' },
    { name: 'secure transfer absent reads as required', asset: blobContainer({ account: { enableHttpsTrafficOnly: undefined } }), expect: 'pass' },
    { name: 'secure transfer off', asset: blobContainer({ account: { enableHttpsTrafficOnly: false } }), expect: 'fail' },
    { name: 'account denied', asset: withGap(blobContainer(), 'account'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'not modelled for GCS', asset: gcsBucket(), expect: 'not_applicable' },
    // Not modelled means no derivation reads anything: even a failed bucket listing leaves it not applicable.
    { name: 'not modelled even when the bucket aspect is denied', asset: withGap(gcsBucket(), 'bucket'), expect: 'not_applicable' },
  ],
});
