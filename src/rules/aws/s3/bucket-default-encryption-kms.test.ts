import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './bucket-default-encryption-kms.js';
import { bucket } from './support/fixtures.js';

const sse = (SSEAlgorithm: string, KMSMasterKeyID?: string) => ({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm, ...(KMSMasterKeyID ? { KMSMasterKeyID } : {}) }, BucketKeyEnabled: true }] });

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof bucket>, string]> = [
    ['SSE-KMS passes', bucket({ encryption: sse('aws:kms', 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') }), 'pass'],
    ['DSSE-KMS passes', bucket({ encryption: sse('aws:kms:dsse') }), 'pass'],
    ['SSE-S3 fails', bucket({ encryption: sse('AES256') }), 'fail'],
    ['no default encryption fails', bucket({ encryption: null }), 'fail'],
    ['denied GetBucketEncryption is unknown', bucket({}, { encryption: 'GetBucketEncryption' }), 'unknown'],
  ];
  it.each(cases)('%s', (_name, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });
});
