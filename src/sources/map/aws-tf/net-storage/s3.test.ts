import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../../core/asset.js';
import { iacResource, mapContext, verdictOf, unknownRef as ref } from '../../../../../test/support/iac.js';
import { Unknown, type IacResource } from '../../../model.js';
import { s3Mapper } from './s3.js';

const PROVIDER = { region: 'eu-west-1', allowed_account_ids: ['111122223333'] };
const res = (type: string, name: string, values: Record<string, unknown>, extra: Partial<IacResource> = {}) => iacResource(type, name, values, { providerConfig: PROVIDER, ...extra });

function map(resources: IacResource[]) {
  const ctx = mapContext();
  const assets = s3Mapper.map(resources, ctx);
  return { assets, ctx, bucket: (name: string) => assets.find((a) => a.name === name || a.source.type === 'iac' && a.source.address.endsWith(name))! };
}

/** The account block a bucket's account-level guards are resolved against: all off, or all on. */
function accountBlock(on: boolean): Asset {
  const v = { block_public_acls: on, ignore_public_acls: on, block_public_policy: on, restrict_public_buckets: on };
  return s3Mapper.map([res('aws_s3_account_public_access_block', 'acct', v)], mapContext())[0]!;
}

/** A bucket whose owner turned every new-bucket default off so that its ACL applies. */
function openBucket(name: string, acl: string, via: 'ref' | 'name' = 'ref', module = ''): IacResource[] {
  const addr = `${module ? `${module}.` : ''}aws_s3_bucket.${name}`;
  const bucketArg = via === 'ref' ? ref(addr) : name;
  return [
    res('aws_s3_bucket', name, { bucket: name }, { module }),
    res('aws_s3_bucket_ownership_controls', name, { bucket: bucketArg, rule: [{ object_ownership: 'BucketOwnerPreferred' }] }, { module }),
    res('aws_s3_bucket_public_access_block', name, { bucket: bucketArg, block_public_acls: false, ignore_public_acls: false, block_public_policy: false, restrict_public_buckets: false }, { module }),
    res('aws_s3_bucket_acl', name, { bucket: bucketArg, acl }, { module }),
  ];
}

describe('aws_s3_bucket → AWS::S3::Bucket', () => {
  it('a bare bucket gets the id, placement and every aspect of a new bucket, as documented defaults', () => {
    const { assets } = map([res('aws_s3_bucket', 'data', { bucket: 'acme-data', tags: { team: 'core' } })]);
    expect(assets).toHaveLength(1);
    const a = assets[0]!;
    expect(a).toMatchObject({ id: 'arn:aws:s3:::acme-data', type: 'AWS::S3::Bucket', kind: 'storage.bucket', name: 'acme-data', account: '111122223333', region: 'eu-west-1', tags: { team: 'core' } });
    expect(a.config).toMatchObject({
      publicAccessBlock: { BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true, RestrictPublicBuckets: true },
      ownershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      encryption: { Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      policy: null,
      policyStatus: null,
      versioning: {},
      logging: {},
      acl: { Grants: [{ Grantee: { Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }] },
      tags: { team: 'core' },
    });
    expect(a.provenance?.publicAccessBlock).toBe('aws:parapet:DocumentedDefault');
    expect(a.provenance?.tags).toBeUndefined();
    expect(a.gaps).toEqual({});
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('pass');
    expect(verdictOf('aws.s3.bucket-public-access-blocked', a)).toBe('pass');
    expect(verdictOf('aws.s3.bucket-acls-disabled', a)).toBe('pass');
    expect(verdictOf('aws.s3.bucket-versioning-enabled', a)).toBe('fail');
    expect(verdictOf('aws.s3.bucket-default-encryption-kms', a)).toBe('fail');
    expect(verdictOf('aws.s3.bucket-access-logging-enabled', a)).toBe('fail');
  });

  it('a name generated from bucket_prefix is unknown: iac id and a gap for the bucket aspect', () => {
    const a = map([res('aws_s3_bucket', 'tmp', { bucket_prefix: 'tmp-' })]).assets[0]!;
    expect(a.id).toBe('iac:.#aws_s3_bucket.tmp');
    expect(a.gaps.bucket?.code).toBe('UnknownUntilApply');
    expect(a.config.publicAccessBlock).toBeDefined();
  });

  it('a public-read ACL (ACLs enabled, blocks off) fails public-read; its private twin passes', () => {
    const { assets } = map([...openBucket('pub', 'public-read'), ...openBucket('priv', 'private')]);
    const pub = assets.find((a) => a.name === 'pub')!;
    const priv = assets.find((a) => a.name === 'priv')!;
    expect(pub.config.acl).toEqual({
      Grants: [
        { Grantee: { Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' },
        { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' },
      ],
    });
    expect(pub.config.ownershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] });
    expect(pub.provenance?.acl).toBeUndefined();
    const ctx = [accountBlock(false)];
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', pub, ctx)).toBe('fail');
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', pub, ctx)).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-not-publicly-writable', pub, ctx)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', priv, ctx)).toBe('pass');
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', priv, ctx)).toBe('pass');
    // The account-wide block voids the public ACL.
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', pub, [accountBlock(true)])).toBe('pass');
  });

  it('public-read-write, authenticated-read and log-delivery-write expand to the grants S3 reports', () => {
    const { assets } = map([...openBucket('rw', 'public-read-write'), ...openBucket('auth', 'authenticated-read'), ...openBucket('logs', 'log-delivery-write')]);
    const grants = (n: string) => (assets.find((a) => a.name === n)!.config.acl as { Grants: Array<{ Grantee: { URI?: string }; Permission: string }> }).Grants.map((g) => `${g.Grantee.URI?.split('/').pop() ?? 'owner'}:${g.Permission}`);
    expect(grants('rw')).toEqual(['owner:FULL_CONTROL', 'AllUsers:READ', 'AllUsers:WRITE']);
    expect(grants('auth')).toEqual(['owner:FULL_CONTROL', 'AuthenticatedUsers:READ']);
    expect(grants('logs')).toEqual(['owner:FULL_CONTROL', 'LogDelivery:WRITE', 'LogDelivery:READ_ACP']);
    const ctx = [accountBlock(false)];
    expect(verdictOf('baseline.storage.bucket-not-publicly-writable', assets.find((a) => a.name === 'rw')!, ctx)).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', assets.find((a) => a.name === 'auth')!, ctx)).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', assets.find((a) => a.name === 'logs')!, ctx)).toBe('pass');
  });

  it('companions join through a known bucket name as well as through references', () => {
    const a = map(openBucket('byname', 'public-read', 'name')).assets.find((x) => x.name === 'byname')!;
    expect(a.config.publicAccessBlock).toEqual({ BlockPublicAcls: false, IgnorePublicAcls: false, BlockPublicPolicy: false, RestrictPublicBuckets: false });
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('fail');
  });

  it('joins only within the same module instance', () => {
    const inModule = openBucket('shared', 'public-read', 'ref', 'module.site');
    const root = res('aws_s3_bucket', 'shared', { bucket: 'root-shared' });
    const { assets } = map([...inModule, root]);
    const mod = assets.find((a) => a.source.type === 'iac' && a.source.address === 'module.site.aws_s3_bucket.shared')!;
    const top = assets.find((a) => a.source.type === 'iac' && a.source.address === 'aws_s3_bucket.shared')!;
    expect(mod.config.ownershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerPreferred' }] });
    expect(top.config.ownershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    expect(top.provenance?.ownershipControls).toBe('aws:parapet:DocumentedDefault');
    // A companion in the root naming the module's bucket by reference does not attach to it.
    const stray = res('aws_s3_bucket_versioning', 'stray', { bucket: ref('aws_s3_bucket.shared'), versioning_configuration: [{ status: 'Enabled' }] });
    const again = map([...inModule, root, stray]).assets;
    expect(again.find((a) => a.source.type === 'iac' && a.source.address === 'module.site.aws_s3_bucket.shared')!.config.versioning).toEqual({});
    expect(again.find((a) => a.source.type === 'iac' && a.source.address === 'aws_s3_bucket.shared')!.config.versioning).toEqual({ Status: 'Enabled' });
  });

  it('a legacy inline public-read ACL with the new-bucket defaults not turned off is unknown, not pass', () => {
    const a = map([res('aws_s3_bucket', 'legacy', { bucket: 'legacy', acl: 'public-read' })]).assets[0]!;
    expect(a.gaps.ownershipControls?.code).toBe('ConflictsWithDefault');
    expect(a.gaps.publicAccessBlock?.code).toBe('ConflictsWithDefault');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('unknown');
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('unknown');
    // ... and a legacy inline private ACL keeps the defaults.
    const p = map([res('aws_s3_bucket', 'legacy', { bucket: 'legacy', acl: 'private' })]).assets[0]!;
    expect(p.gaps).toEqual({});
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', p, [accountBlock(false)])).toBe('pass');
  });

  it('legacy inline versioning, logging, encryption, grants and policy (provider v3)', () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::v3/*' }] });
    const { assets } = map([
      res('aws_s3_bucket', 'logs', { bucket: 'acme-logs' }),
      res('aws_s3_bucket', 'v3', {
        bucket: 'v3',
        versioning: [{ enabled: true, mfa_delete: true }],
        logging: [{ target_bucket: ref('aws_s3_bucket.logs'), target_prefix: 'v3/' }],
        server_side_encryption_configuration: [{ rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: ref('aws_kms_key.s3', 'arn') }], bucket_key_enabled: true }] }],
        policy,
      }),
      res('aws_s3_bucket_public_access_block', 'v3', { bucket: 'v3' }),
    ]);
    const a = assets.find((x) => x.name === 'v3')!;
    expect(a.config.versioning).toEqual({ Status: 'Enabled', MFADelete: 'Enabled' });
    expect(a.config.logging).toEqual({ LoggingEnabled: { TargetBucket: 'acme-logs', TargetPrefix: 'v3/' } });
    expect(a.config.encryption).toEqual({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms', KMSMasterKeyID: 'iac:.#aws_kms_key.s3' }, BucketKeyEnabled: true }] });
    expect(a.config.policyStatus).toEqual({ IsPublic: true });
    expect((a.config.policy as { Statement: unknown[] }).Statement).toHaveLength(1);
    expect(verdictOf('aws.s3.bucket-versioning-enabled', a)).toBe('pass');
    expect(verdictOf('aws.s3.bucket-mfa-delete-enabled', a)).toBe('pass');
    expect(verdictOf('aws.s3.bucket-access-logging-enabled', a)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-access-logging-enabled', a)).toBe('pass');
    expect(verdictOf('aws.s3.bucket-default-encryption-kms', a)).toBe('pass');
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('fail');

    const g = map([res('aws_s3_bucket', 'g', { bucket: 'g', grant: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers', permissions: ['READ', 'READ_ACP'] }] })]).assets[0]!;
    expect(g.config.acl).toEqual({ Grants: [{ Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ' }, { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'READ_ACP' }] });
  });

  it('companion resources win over the legacy inline arguments', () => {
    const { assets } = map([
      res('aws_s3_bucket', 'b', { bucket: 'b', versioning: [{ enabled: false }] }),
      res('aws_s3_bucket_versioning', 'b', { bucket: ref('aws_s3_bucket.b'), versioning_configuration: [{ status: 'Suspended' }] }),
      res('aws_s3_bucket_server_side_encryption_configuration', 'b', { bucket: ref('aws_s3_bucket.b'), rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms:dsse' }] }] }),
      res('aws_s3_bucket_logging', 'b', { bucket: ref('aws_s3_bucket.b'), target_bucket: 'central-logs', target_prefix: 'b/' }),
    ]);
    const a = assets[0]!;
    expect(a.config.versioning).toEqual({ Status: 'Suspended' });
    expect(a.config.encryption).toEqual({ Rules: [{ ApplyServerSideEncryptionByDefault: { SSEAlgorithm: 'aws:kms:dsse' }, BucketKeyEnabled: false }] });
    expect(a.config.logging).toEqual({ LoggingEnabled: { TargetBucket: 'central-logs', TargetPrefix: 'b/' } });
    expect(verdictOf('baseline.storage.bucket-versioning-enabled', a)).toBe('fail');
  });

  it('Object Lock turns versioning on', () => {
    const a = map([res('aws_s3_bucket', 'locked', { bucket: 'locked', object_lock_enabled: true })]).assets[0]!;
    expect(a.config.versioning).toEqual({ Status: 'Enabled' });
    expect(verdictOf('baseline.storage.bucket-versioning-enabled', a)).toBe('pass');
  });

  it('a policy that is not known before apply is a gap, and so is its status', () => {
    const { assets } = map([
      res('aws_s3_bucket', 'b', { bucket: 'b' }),
      res('aws_s3_bucket_ownership_controls', 'b', { bucket: ref('aws_s3_bucket.b'), rule: [{ object_ownership: 'BucketOwnerEnforced' }] }),
      res('aws_s3_bucket_public_access_block', 'b', { bucket: ref('aws_s3_bucket.b'), block_public_acls: true }),
      res('aws_s3_bucket_policy', 'b', { bucket: ref('aws_s3_bucket.b'), policy: new Unknown('computed attribute data.aws_iam_policy_document.p.json', ['data.aws_iam_policy_document.p']) }),
    ]);
    const a = assets[0]!;
    expect(a.gaps.policy?.code).toBe('UnknownUntilApply');
    expect(a.gaps.policyStatus?.code).toBe('UnknownUntilApply');
    expect(a.gaps.policy?.message).toContain('main.tf:1');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('unknown');
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('unknown');
    // With RestrictPublicBuckets on, no policy can make it public: the unknown policy no longer matters.
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', a, [accountBlock(true)])).toBe('pass');
  });

  it('a policy that is not JSON is a MalformedPolicy gap with a diagnostic naming file and line', () => {
    const { assets, ctx } = map([res('aws_s3_bucket', 'b', { bucket: 'b' }), res('aws_s3_bucket_policy', 'b', { bucket: 'b', policy: '{not json' }, { file: 'policy.tf', line: 7 })]);
    expect(assets[0]!.gaps.policy?.code).toBe('MalformedPolicy');
    expect(ctx.diagnostics).toEqual([expect.objectContaining({ file: 'policy.tf', line: 7, code: 'MalformedPolicy' })]);
  });

  it('a TLS-only policy satisfies the secure-transport rules; a private policy has IsPublic false', () => {
    const policy = JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::tls', 'arn:aws:s3:::tls/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }],
    });
    const a = map([res('aws_s3_bucket', 'tls', { bucket: 'tls' }), res('aws_s3_bucket_policy', 'tls', { bucket: ref('aws_s3_bucket.tls'), policy })]).assets[0]!;
    expect(a.config.policyStatus).toEqual({ IsPublic: false });
    expect(verdictOf('baseline.storage.bucket-secure-transport-only', a)).toBe('pass');
    expect(verdictOf('aws.s3.bucket-tls-required', a)).toBe('pass');
    const none = map([res('aws_s3_bucket', 'x', { bucket: 'x' })]).assets[0]!;
    expect(verdictOf('baseline.storage.bucket-secure-transport-only', none)).toBe('fail');
  });

  it('an unknown ACL argument is a gap for the acl aspect', () => {
    const a = map([res('aws_s3_bucket', 'b', { bucket: 'b' }), res('aws_s3_bucket_acl', 'b', { bucket: ref('aws_s3_bucket.b'), acl: new Unknown('variable var.acl has no value') })]).assets[0]!;
    expect(a.gaps.acl?.code).toBe('UnknownUntilApply');
    expect(a.config.ownershipControls).toEqual({ Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] });
    // ACLs are disabled by the default ownership, so the unknown ACL cannot make it public.
    expect(verdictOf('aws.s3.bucket-not-publicly-readable', a, [accountBlock(false)])).toBe('pass');
  });

  it('access_control_policy grants map grantee by grantee', () => {
    const a = map([
      res('aws_s3_bucket', 'b', { bucket: 'b' }),
      res('aws_s3_bucket_ownership_controls', 'b', { bucket: 'b', rule: [{ object_ownership: 'ObjectWriter' }] }),
      res('aws_s3_bucket_public_access_block', 'b', { bucket: 'b' }),
      res('aws_s3_bucket_acl', 'b', {
        bucket: 'b',
        access_control_policy: [{ owner: [{ id: 'abc' }], grant: [{ grantee: [{ id: 'abc', type: 'CanonicalUser' }], permission: 'FULL_CONTROL' }, { grantee: [{ type: 'Group', uri: 'http://acs.amazonaws.com/groups/global/AllUsers' }], permission: 'WRITE' }] }],
      }),
    ]).assets[0]!;
    expect(a.config.acl).toEqual({ Owner: { ID: 'abc' }, Grants: [{ Grantee: { ID: 'abc', Type: 'CanonicalUser' }, Permission: 'FULL_CONTROL' }, { Grantee: { Type: 'Group', URI: 'http://acs.amazonaws.com/groups/global/AllUsers' }, Permission: 'WRITE' }] });
    expect(verdictOf('baseline.storage.bucket-not-publicly-writable', a, [accountBlock(false)])).toBe('fail');
    expect(verdictOf('aws.s3.bucket-acls-disabled', a)).toBe('fail');
    expect(verdictOf('aws.s3.bucket-public-access-blocked', a)).toBe('fail');
  });

  it('data sources are not buckets of this configuration', () => {
    expect(map([res('aws_s3_bucket', 'ext', { bucket: 'ext' }, { mode: 'data', address: 'data.aws_s3_bucket.ext' })]).assets).toEqual([]);
  });
});

describe('aws_s3_account_public_access_block → AWS::S3::AccountPublicAccessBlock', () => {
  it('maps to the account-level asset with the live id; omitted settings are false', () => {
    const a = s3Mapper.map([res('aws_s3_account_public_access_block', 'acct', { block_public_acls: true, ignore_public_acls: true })], mapContext())[0]!;
    expect(a).toMatchObject({ id: 'arn:aws:s3::111122223333:account-public-access-block', type: 'AWS::S3::AccountPublicAccessBlock', kind: 'account.setting', region: 'global', account: '111122223333' });
    expect(a.config.publicAccessBlock).toEqual({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: false, RestrictPublicBuckets: false });
  });

  it('is judged through the account asset by the account-level rule', () => {
    const account = { id: 'arn:aws:::account/111122223333', provider: 'aws' as const, account: '111122223333', region: 'global', type: 'AWS::::Account', kind: 'account', name: '111122223333', tags: {}, facets: {}, config: {}, gaps: {}, source: { type: 'api' as const }, observedAt: '2026-11-29T00:00:00.000Z' };
    expect(verdictOf('aws.s3.account-public-access-block-enabled', account, [accountBlock(true)])).toBe('pass');
    expect(verdictOf('aws.s3.account-public-access-block-enabled', account, [accountBlock(false)])).toBe('fail');
  });

  it('without a known account the id is the iac id', () => {
    const a = s3Mapper.map([iacResource('aws_s3_account_public_access_block', 'acct', {})], mapContext())[0]!;
    expect(a.id).toBe('iac:.#aws_s3_account_public_access_block.acct');
    expect(a.account).toBe('unknown');
  });
});
