import { listingFailed, runBaselineCases, withGap } from '../../../../test/support/facet-fixtures.js';
import { KEY_ARN, kmsKey, s3Bucket } from '../../../../test/support/native-aws.js';
import { blobContainer } from '../../../../test/support/native-azure.js';
import { gcsBucket } from '../../../../test/support/native-gcp.js';
import { rule } from './bucket-customer-managed-key.js';

const kms = (keyId?: string) => ({ encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', ...(keyId ? { KMSMasterKeyID: keyId } : {}) } }] } });

runBaselineCases(rule, {
  aws: [
    { name: 'SSE-KMS with a customer-managed key (resolved by ARN)', asset: s3Bucket(kms(KEY_ARN)), context: [kmsKey({})], expect: 'pass' },
    { name: 'SSE-KMS with a key id naming an AWS-managed key', asset: s3Bucket(kms('1234abcd-12ab-34cd-56ef-1234567890ab')), context: [kmsKey({ KeyManager: 'AWS' })], expect: 'fail' },
    { name: 'SSE-S3 (AES256)', asset: s3Bucket(), expect: 'fail' },
    { name: 'SSE-KMS with the default aws/s3 key', asset: s3Bucket(kms()), expect: 'fail' },
    { name: 'KMS key listing failed', asset: s3Bucket(kms(KEY_ARN)), listingErrors: listingFailed('aws', 'AWS::KMS::Key'), expect: 'unknown' },
    { name: 'key of another account (AWS-managed keys never cross accounts)', asset: s3Bucket(kms('arn:aws:kms:us-east-1:999988887777:key/abc')), expect: 'pass' },
    { name: 'alias of an AWS-managed key', asset: s3Bucket(kms('alias/aws/s3')), expect: 'fail' },
    { name: 'customer alias is not resolved', asset: s3Bucket(kms('alias/app')), expect: 'unknown' },
    { name: 'key not among the collected keys', asset: s3Bucket(kms(KEY_ARN)), expect: 'unknown' },
    { name: 'encryption denied', asset: withGap(s3Bucket(), 'encryption', 'GetBucketEncryption'), expect: 'unknown' },
  ],
  azure: [
    { name: 'account keySource Microsoft.Keyvault', asset: blobContainer({ account: { encryption: { keySource: 'Microsoft.Keyvault' } } }), expect: 'pass' },
    { name: 'account keySource Microsoft.Storage', asset: blobContainer(), expect: 'fail' },
    { name: 'account denied', asset: withGap(blobContainer(), 'account'), expect: 'unknown' },
  ],
  gcp: [
    { name: 'default KMS key set', asset: gcsBucket({ bucket: { encryption: { defaultKmsKeyName: 'projects/p/locations/eu/keyRings/r/cryptoKeys/k' } } }), expect: 'pass' },
    { name: 'Google-managed encryption', asset: gcsBucket(), expect: 'fail' },
    { name: 'bucket denied', asset: withGap(gcsBucket(), 'bucket'), expect: 'unknown' },
  ],
});
