import { describe, expect, it } from 'vitest';
import { derive, withGap } from '../../../../test/support/facet-fixtures.js';
import { KEY_ARN, publicAcl, publicPolicy, s3Bucket } from '../../../../test/support/native-aws.js';

/** S3 effective access: the AWS rules' analysis, with the account-level block left to the baseline rules. */
describe('S3 bucket facets', () => {
  it('a private bucket is neither readable nor writable, with no guards needed', () => {
    const f = derive(s3Bucket()).facets;
    expect(f).toMatchObject({ publicRead: false, publicWrite: false });
    expect(f.publicReadUnlessGuards).toBeUndefined();
  });

  it.each([
    ['ACL READ to AllUsers', { acl: publicAcl('READ') }, ['IgnorePublicAcls'], false],
    ['policy GetObject to *', { policy: publicPolicy('s3:GetObject') }, ['RestrictPublicBuckets'], false],
    ['ACL READ and policy GetObject', { acl: publicAcl('READ'), policy: publicPolicy('s3:GetObject') }, ['IgnorePublicAcls', 'RestrictPublicBuckets'], false],
    ['ACL WRITE_ACP (read and write one request later)', { acl: publicAcl('WRITE_ACP') }, ['IgnorePublicAcls'], true],
  ])('%s: public unless the account voids it', (_n, over, guards, writable) => {
    const f = derive(s3Bucket(over)).facets;
    expect(f.publicRead).toBe(true);
    expect(f.publicReadUnlessGuards).toEqual(guards);
    expect(f.publicWrite).toBe(writable);
  });

  it('write guards are worked out separately from read guards', () => {
    const f = derive(s3Bucket({ acl: publicAcl('READ'), policy: publicPolicy('s3:PutObject') })).facets;
    expect(f.publicReadUnlessGuards).toEqual(['IgnorePublicAcls']);
    expect(f.publicWrite).toBe(true);
    expect(f.publicWriteUnlessGuards).toEqual(['RestrictPublicBuckets']);
  });

  it('the bucket-level block settles it without the account', () => {
    const f = derive(s3Bucket({ acl: publicAcl('READ'), publicAccessBlock: { IgnorePublicAcls: true } })).facets;
    expect(f.publicRead).toBe(false);
  });

  it('ACLs disabled (BucketOwnerEnforced) void ACL grants', () => {
    const f = derive(s3Bucket({ acl: publicAcl('READ'), ownershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] } })).facets;
    expect(f.publicRead).toBe(false);
  });

  it('a denied ACL makes public access a gap, not false', () => {
    const a = derive(withGap(s3Bucket(), 'acl', 'GetBucketAcl'));
    expect(a.facets.publicRead).toBeUndefined();
    expect(a.gaps['facets.publicRead']?.message).toMatch(/acl could not be collected/);
    expect(a.facets.versioning).toBe(false); // other facets are still derived
  });

  it('keyRef is left to resolve when SSE-KMS names a key; the default aws/s3 key is not customer-managed', () => {
    const named = derive(s3Bucket({ encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: KEY_ARN } }] } })).facets;
    expect(named.customerManagedKey).toBeUndefined();
    expect(named.keyRef).toBe(KEY_ARN);
    const dflt = derive(s3Bucket({ encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms' } }] } })).facets;
    expect(dflt.customerManagedKey).toBe(false);
  });

  it('types without a derivation are left untouched', () => {
    const a = derive({ ...s3Bucket(), type: 'AWS::SNS::Topic' });
    expect(a.facets).toEqual({});
  });
});
