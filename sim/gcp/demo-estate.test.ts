import { describe, expect, it } from 'vitest';
import { loadEstate } from '../aws/estate-loader.js';

describe('GCP demo estate', () => {
  it('loads with the organization, folder and both projects', async () => {
    const estate = await loadEstate('sim/estates/demo');
    const gcp = estate.gcp!;
    expect(gcp.organization?.name).toBe('organizations/123456789012');
    expect(gcp.folders).toContainEqual(expect.objectContaining({ name: 'folders/300000000001', displayName: 'production', parent: 'organizations/123456789012' }));
    const prod = gcp.projects.find((p) => p.projectId === 'parapet-demo-prod')!;
    const dev = gcp.projects.find((p) => p.projectId === 'parapet-demo-dev')!;
    expect(prod).toMatchObject({ projectNumber: '400000000001', parent: 'folders/300000000001' });
    expect(dev).toMatchObject({ projectNumber: '400000000002', parent: 'organizations/123456789012' });
    expect(prod.resources.buckets?.map((b: { name: string }) => b.name)).toContain('parapet-demo-prod-public-assets');
    expect(prod.resources.firewalls?.length).toBeGreaterThan(3);
  });
});
