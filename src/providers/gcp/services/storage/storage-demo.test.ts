import { describe, expect, it } from 'vitest';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { bucketsCollector } from './buckets.js';

describe('gcp.storage.buckets on the demo estate', () => {
  it('the public bucket, its private twin, and the denied policy as a gap', async () => {
    const { assets, errors } = await collectGcp(await loadEstate('sim/estates/demo'), bucketsCollector, { organization: 'organizations/123456789012' });
    const byName = (n: string) => assets.find((a) => a.name === n)!;
    const pub = byName('parapet-demo-prod-public-assets');
    expect(pub).toMatchObject({ account: 'parapet-demo-prod', region: 'us', tags: { env: 'prod', team: 'web' } });
    expect((pub.config.iamPolicy as any).bindings).toContainEqual({ role: 'roles/storage.objectViewer', members: ['allUsers'] });
    expect((pub.config.bucket as any).iamConfiguration.uniformBucketLevelAccess.enabled).toBe(false);
    const twin = byName('parapet-demo-prod-customer-data');
    expect(twin.region).toBe('europe-west1');
    expect((twin.config.bucket as any).iamConfiguration).toMatchObject({ uniformBucketLevelAccess: { enabled: true }, publicAccessPrevention: 'enforced' });
    expect(JSON.stringify(twin.config.iamPolicy)).not.toMatch(/allUsers|allAuthenticatedUsers/);
    expect((twin.config.bucket as any).encryption.defaultKmsKeyName).toContain('cryptoKeys/app-data');
    expect((byName('parapet-demo-dev-shared-exports').config.iamPolicy as any).bindings).toContainEqual({ role: 'roles/storage.objectViewer', members: ['allAuthenticatedUsers'] });
    const denied = byName('parapet-demo-dev-ml-datasets');
    expect(denied.config.iamPolicy).toBeUndefined();
    expect(denied.gaps.iamPolicy).toMatchObject({ provider: 'gcp', account: 'parapet-demo-dev', region: 'us', service: 'storage', operation: 'storage.buckets.getIamPolicy', code: 'forbidden' });
    expect(errors).toEqual([expect.objectContaining({ resource: 'parapet-demo-dev-ml-datasets' })]);
  });
});
