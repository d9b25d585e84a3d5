import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { iacResource, mapContext, verdictOf } from '../../../../test/support/iac.js';
import { Unknown, type IacResource } from '../../model.js';
import { googleMapper } from './index.js';

const P = { providerConfig: { project: 'proj-1', region: 'europe-west1' } };
const map = (...rs: IacResource[]) => googleMapper.map(rs, mapContext());
const bucketOf = (assets: Asset[], name = 'data') => assets.find((a) => a.id === `//storage.googleapis.com/projects/_/buckets/${name}`)!;

const bucket = (values: Record<string, unknown> = {}, name = 'data') => iacResource('google_storage_bucket', name, { name, location: 'EU', ...values }, P);
const member = (role: string, m: string, label = 'm', extra: Record<string, unknown> = {}) => iacResource('google_storage_bucket_iam_member', label, { bucket: 'data', role, member: m, ...extra }, P);

describe('google_storage_bucket', () => {
  it('maps onto the live bucket asset with the API defaults for what is not written', () => {
    const a = bucketOf(map(bucket({ labels: { env: 'prod' } })));
    expect(a).toMatchObject({ provider: 'gcp', type: 'storage.googleapis.com/Bucket', kind: 'storage.bucket', name: 'data', account: 'proj-1', region: 'eu', tags: { env: 'prod' } });
    expect(a.config.bucket).toEqual({
      kind: 'storage#bucket',
      id: 'data',
      name: 'data',
      location: 'EU',
      storageClass: 'STANDARD',
      labels: { env: 'prod' },
      iamConfiguration: { uniformBucketLevelAccess: { enabled: false }, bucketPolicyOnly: { enabled: false }, publicAccessPrevention: 'inherited' },
    });
    expect(a.gaps).toEqual({});
    expect(a.source).toMatchObject({ type: 'iac', file: 'main.tf', line: 1, address: 'google_storage_bucket.data' });
  });

  it('maps versioning, logging, encryption and retention as the JSON API writes them', () => {
    const ring = iacResource('google_kms_key_ring', 'r', { name: 'ring', location: 'europe' }, P);
    const key = iacResource('google_kms_crypto_key', 'k', { name: 'key', key_ring: new Unknown('computed', ['google_kms_key_ring.r']) }, P);
    const logs = bucket({}, 'logs');
    const a = bucketOf(
      map(
        ring,
        key,
        logs,
        bucket({
          uniform_bucket_level_access: true,
          public_access_prevention: 'enforced',
          versioning: [{ enabled: true }],
          logging: [{ log_bucket: new Unknown('x', ['google_storage_bucket.logs']) }],
          encryption: [{ default_kms_key_name: new Unknown('computed', ['google_kms_crypto_key.k']) }],
          retention_policy: [{ retention_period: 31536000, is_locked: true }],
        }),
      ),
    );
    expect(a.config.bucket).toMatchObject({
      iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' },
      versioning: { enabled: true },
      logging: { logBucket: 'logs', logObjectPrefix: 'data' },
      encryption: { defaultKmsKeyName: 'projects/proj-1/locations/europe/keyRings/ring/cryptoKeys/key' },
      retentionPolicy: { retentionPeriod: '31536000', isLocked: true },
    });
    expect(verdictOf('baseline.storage.bucket-versioning-enabled', a)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-customer-managed-key', a)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-access-logging-enabled', a)).toBe('pass');
    expect(verdictOf('gcp.storage.bucket-uniform-access-enabled', a)).toBe('pass');
  });

  it('gives a bucket without IAM resources the policy of a new bucket (project convenience bindings)', () => {
    const a = bucketOf(map(bucket({ uniform_bucket_level_access: true })));
    expect(a.config.iamPolicy).toEqual({
      kind: 'storage#policy',
      resourceId: 'projects/_/buckets/data',
      version: 1,
      bindings: [
        { role: 'roles/storage.legacyBucketOwner', members: ['projectEditor:proj-1', 'projectOwner:proj-1'] },
        { role: 'roles/storage.legacyBucketReader', members: ['projectViewer:proj-1'] },
        { role: 'roles/storage.legacyObjectOwner', members: ['projectEditor:proj-1', 'projectOwner:proj-1'] },
        { role: 'roles/storage.legacyObjectReader', members: ['projectViewer:proj-1'] },
      ],
    });
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a)).toBe('pass');
    expect(verdictOf('gcp.storage.bucket-not-public', a)).toBe('pass');
  });

  it('merges IAM members into the bucket policy: allUsers objectViewer fails, the private twin passes', () => {
    const pub = bucketOf(map(bucket(), member('roles/storage.objectViewer', 'allUsers'), member('roles/storage.objectViewer', 'group:team@example.com', 'm2')));
    const policy = pub.config.iamPolicy as { bindings: Array<{ role: string; members: string[] }> };
    expect(policy.bindings.find((b) => b.role === 'roles/storage.objectViewer')?.members).toEqual(['allUsers', 'group:team@example.com']);
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', pub)).toBe('fail');
    expect(verdictOf('gcp.storage.bucket-not-public', pub)).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-not-publicly-writable', pub)).toBe('pass');

    const priv = bucketOf(map(bucket(), member('roles/storage.objectViewer', 'group:team@example.com')));
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', priv)).toBe('pass');
    expect(verdictOf('gcp.storage.bucket-not-public', priv)).toBe('pass');
  });

  it('public access prevention enforced voids public bindings', () => {
    const a = bucketOf(map(bucket({ public_access_prevention: 'enforced' }), member('roles/storage.objectViewer', 'allUsers')));
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a)).toBe('pass');
    expect(verdictOf('gcp.storage.bucket-not-public', a)).toBe('pass');
  });

  it('joins IAM resources through references, and a binding is authoritative for its role', () => {
    const ref = new Unknown('computed attribute google_storage_bucket.data.name', ['google_storage_bucket.data']);
    const a = bucketOf(
      map(
        bucket(),
        iacResource('google_storage_bucket_iam_member', 'w', { bucket: ref, role: 'roles/storage.objectAdmin', member: 'allAuthenticatedUsers' }, P),
        iacResource('google_storage_bucket_iam_binding', 'b', { bucket: 'b/data', role: 'roles/storage.legacyBucketOwner', members: ['user:ops@example.com'] }, P),
      ),
    );
    const policy = a.config.iamPolicy as { bindings: Array<{ role: string; members: string[] }> };
    expect(policy.bindings).toEqual([
      { role: 'roles/storage.legacyBucketOwner', members: ['user:ops@example.com'] },
      { role: 'roles/storage.legacyBucketReader', members: ['projectViewer:proj-1'] },
      { role: 'roles/storage.objectAdmin', members: ['allAuthenticatedUsers'] },
    ]);
    expect(verdictOf('baseline.storage.bucket-not-publicly-writable', a)).toBe('fail');
  });

  it('an authoritative policy from a google_iam_policy document replaces the default bindings', () => {
    const doc = iacResource('google_iam_policy', 'p', { binding: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] }, { ...P, mode: 'data', address: 'data.google_iam_policy.p' });
    const pol = iacResource('google_storage_bucket_iam_policy', 'p', { bucket: 'data', policy_data: new Unknown('data source', ['data.google_iam_policy.p']) }, P);
    const a = bucketOf(map(bucket(), doc, pol));
    expect((a.config.iamPolicy as { bindings: unknown }).bindings).toEqual([{ role: 'roles/storage.objectViewer', members: ['allUsers'] }]);
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a)).toBe('fail');
  });

  it('a policy_data JSON string is read; an invalid one is a diagnostic and a gap', () => {
    const ok = bucketOf(map(bucket(), iacResource('google_storage_bucket_iam_policy', 'p', { bucket: 'data', policy_data: JSON.stringify({ bindings: [{ role: 'roles/storage.admin', members: ['user:a@example.com'] }] }) }, P)));
    expect((ok.config.iamPolicy as { bindings: unknown }).bindings).toEqual([{ role: 'roles/storage.admin', members: ['user:a@example.com'] }]);

    const ctx = mapContext();
    const bad = bucketOf(googleMapper.map([bucket(), iacResource('google_storage_bucket_iam_policy', 'p', { bucket: 'data', policy_data: '{not json' }, P)], ctx));
    expect(bad.gaps.iamPolicy?.code).toBe('UnknownUntilApply');
    expect(ctx.diagnostics).toMatchObject([{ code: 'InvalidPolicyJson', file: 'main.tf', line: 1 }]);
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', bad)).toBe('unknown');
  });

  it('an unknown member makes the policy a gap: the verdict is unknown, never a guessed pass', () => {
    const a = bucketOf(map(bucket(), member('roles/storage.objectViewer', new Unknown('variable var.reader') as unknown as string)));
    expect(a.config.iamPolicy).toBeUndefined();
    expect(a.gaps.iamPolicy).toMatchObject({ code: 'UnknownUntilApply', service: 'storage', resource: 'google_storage_bucket.data' });
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a)).toBe('unknown');
  });

  it('a member in another module joins its bucket by the (global) bucket name', () => {
    const inner = iacResource('google_storage_bucket', 'data', { name: 'data', location: 'EU' }, { ...P, module: 'module.store', address: 'module.store.google_storage_bucket.data' });
    const a = bucketOf(map(inner, member('roles/storage.objectViewer', 'allUsers')));
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a)).toBe('fail');
  });

  it('a member that may apply to any of several counted buckets makes their policies unknown', () => {
    const b0 = iacResource('google_storage_bucket', 'b', { name: 'b-0', location: 'EU' }, { ...P, address: 'google_storage_bucket.b[0]' });
    const b1 = iacResource('google_storage_bucket', 'b', { name: 'b-1', location: 'EU' }, { ...P, address: 'google_storage_bucket.b[1]' });
    const m = iacResource('google_storage_bucket_iam_member', 'm', { bucket: new Unknown('computed', ['google_storage_bucket.b']), role: 'roles/storage.objectViewer', member: 'allUsers' }, P);
    const assets = map(b0, b1, m);
    for (const n of ['b-0', 'b-1']) {
      const a = bucketOf(assets, n);
      expect(a.gaps.iamPolicy?.code).toBe('UnknownUntilApply');
      expect(verdictOf('baseline.storage.bucket-not-publicly-readable', a)).toBe('unknown');
    }
    const exact = map(b0, b1, iacResource('google_storage_bucket_iam_member', 'm', { bucket: new Unknown('computed', ['google_storage_bucket.b[1]']), role: 'roles/storage.objectViewer', member: 'allUsers' }, P));
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', bucketOf(exact, 'b-0'))).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', bucketOf(exact, 'b-1'))).toBe('fail');
  });

  it('a bucket ACL with a public predefined ACL or role entity is in bucket.acl', () => {
    const a = bucketOf(map(bucket(), iacResource('google_storage_bucket_acl', 'acl', { bucket: 'data', role_entity: ['OWNER:user-ops@example.com', 'READER:allUsers'] }, P)));
    expect((a.config.bucket as { acl: unknown }).acl).toEqual([
      { kind: 'storage#bucketAccessControl', bucket: 'data', role: 'OWNER', entity: 'user-ops@example.com' },
      { kind: 'storage#bucketAccessControl', bucket: 'data', role: 'READER', entity: 'allUsers' },
    ]);
    expect(verdictOf('gcp.storage.bucket-not-public', a)).toBe('fail');
  });

  it('a bucket whose name is not known gets the iac: id and no made-up policy resource id', () => {
    const a = map(iacResource('google_storage_bucket', 'x', { name: new Unknown('variable var.name'), location: 'US' }, P))[0]!;
    expect(a.id).toBe('iac:.#google_storage_bucket.x');
    expect(a.gaps.bucket?.code).toBe('UnknownUntilApply');
    expect(a.config.iamPolicy).toMatchObject({ kind: 'storage#policy', version: 1 });
  });
});
