import { describe, expect, it } from 'vitest';
import { collectGcp, gcpEstate } from '../../../../../test/support/gcp.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { evidenceSources } from '../../../../core/provenance.js';
import { runRule } from '../../../../core/rule.js';
import { rule as bucketNotPublic } from '../../../../rules/gcp/storage/bucket-not-public.js';
import { bucketsCollector } from './buckets.js';

describe('gcp.storage.buckets', () => {
  it('lists buckets with their IAM policy through the real client', async () => {
    const estate = gcpEstate({
      buckets: [
        { name: 'open-bucket', location: 'us', iamPolicy: { bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } },
        { name: 'closed-bucket', location: 'europe-west1', iamConfiguration: { uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' } },
      ],
    });
    const { assets, errors, coverage } = await collectGcp(estate, bucketsCollector);
    expect(errors).toEqual([]);
    expect(coverage).toEqual([expect.objectContaining({ provider: 'gcp', account: 'test-project', collector: 'gcp.storage.buckets', ok: true })]);
    const open = assets.find((a) => a.name === 'open-bucket')!;
    expect(open).toMatchObject({ id: '//storage.googleapis.com/projects/_/buckets/open-bucket', provider: 'gcp', account: 'test-project', region: 'us', type: 'storage.googleapis.com/Bucket', kind: 'storage.bucket' });
    expect((open.config.iamPolicy as any).bindings).toContainEqual({ role: 'roles/storage.objectViewer', members: ['allUsers'] });
    expect(open.provenance).toEqual({ bucket: 'gcp:storage:buckets.list', iamPolicy: 'gcp:storage:buckets.getIamPolicy' });
    const closed = assets.find((a) => a.name === 'closed-bucket')!;
    expect(closed.region).toBe('europe-west1');
    expect((closed.config.bucket as any).iamConfiguration).toMatchObject({ uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' });
  });

  it('names the call behind each aspect; a denied policy read is the source of the unknown verdict', async () => {
    const estate = gcpEstate({ buckets: [{ name: 'open-bucket', location: 'us', iamPolicy: { bindings: [{ role: 'roles/storage.objectViewer', members: ['allUsers'] }] } }] });
    const ok = (await collectGcp(estate, bucketsCollector)).assets[0]!;
    const fail = runRule(bucketNotPublic, ok, fixtureContext([]));
    expect(fail.status).toBe('fail');
    expect(evidenceSources(ok, fail)).toEqual(['gcp:storage:buckets.getIamPolicy']);

    const denied = (await collectGcp(estate, bucketsCollector, { faults: [{ operation: 'storage.buckets.getIamPolicy', resource: 'open-bucket', effect: 'deny' }] })).assets[0]!;
    expect(denied.gaps.iamPolicy).toBeDefined();
    expect(denied.provenance).toEqual({ bucket: 'gcp:storage:buckets.list', iamPolicy: 'gcp:storage:buckets.getIamPolicy' });
    const unknown = runRule(bucketNotPublic, denied, fixtureContext([]));
    expect(unknown.status).toBe('unknown');
    expect(evidenceSources(denied, unknown)).toEqual(['gcp:storage:buckets.getIamPolicy']);
  });
});
