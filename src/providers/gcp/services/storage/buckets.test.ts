import { describe, expect, it } from 'vitest';
import { collectGcp, gcpEstate } from '../../../../../test/support/gcp.js';
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
    const closed = assets.find((a) => a.name === 'closed-bucket')!;
    expect(closed.region).toBe('europe-west1');
    expect((closed.config.bucket as any).iamConfiguration).toMatchObject({ uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' });
  });
});
