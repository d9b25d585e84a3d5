import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { deniedGap, gcpAsset } from '../../../../test/support/gcp-assets.js';
import { GCP } from '../support/types.js';
import { rule } from './bucket-not-public.js';

const bucket = (bindings: unknown, gaps = {}, b: object = {}) =>
  gcpAsset({ type: GCP.bucket, kind: 'storage.bucket', region: 'eu', name: 'b', config: bindings === undefined ? { bucket: b } : { bucket: b, iamPolicy: { bindings } }, gaps });

describe(rule.id, () => {
  it.each([
    ['project members only', bucket([{ role: 'roles/storage.legacyBucketOwner', members: ['projectOwner:parapet-fixture'] }]), 'pass'],
    ['allUsers can read', bucket([{ role: 'roles/storage.objectViewer', members: ['allUsers'] }]), 'fail'],
    ['allAuthenticatedUsers can list', bucket([{ role: 'roles/storage.legacyBucketReader', members: ['allAuthenticatedUsers'] }]), 'fail'],
    ['a public bucket ACL entry', bucket([], {}, { acl: [{ entity: 'project-owners-123', role: 'OWNER' }, { entity: 'allUsers', role: 'READER' }] }), 'fail'],
    ['private bucket ACL', bucket([], {}, { acl: [{ entity: 'project-owners-123', role: 'OWNER' }] }), 'pass'],
    ['allUsers granted but public access prevention enforced', bucket([{ role: 'roles/storage.objectViewer', members: ['allUsers'] }], {}, { iamConfiguration: { publicAccessPrevention: 'enforced' } }), 'pass'],
    ['allUsers granted, prevention inherited', bucket([{ role: 'roles/storage.objectViewer', members: ['allUsers'] }], {}, { iamConfiguration: { publicAccessPrevention: 'inherited' } }), 'fail'],
    ['getIamPolicy denied', bucket(undefined, { iamPolicy: deniedGap('storage', 'storage.buckets.getIamPolicy') }), 'unknown'],
  ])('%s -> %s', (_n, asset, status) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    if (status !== 'unknown') expect(v.evidence.length).toBeGreaterThan(0);
  });
});
