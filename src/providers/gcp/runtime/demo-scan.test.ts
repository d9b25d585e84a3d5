import { describe, expect, it } from 'vitest';
import { loadEstate } from '../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../test/support/gcp.js';
import { gcpCollectors } from '../services/index.js';
import { PROJECT_TYPE } from './project-asset.js';

describe('every GCP collector on the demo estate', () => {
  it('runs without collector failures, one project asset per project, errors only from the estate faults', async () => {
    const estate = await loadEstate('sim/estates/demo');
    const r = await collectGcp(estate, gcpCollectors, { organization: 'organizations/123456789012', keepProjects: true });
    expect(r.result.accounts).toEqual(['parapet-demo-dev', 'parapet-demo-prod']);
    expect(r.errors.filter((e) => e.code === 'CollectorFailed')).toEqual([]);
    const projects = r.assets.filter((a) => a.type === PROJECT_TYPE);
    expect(projects.map((a) => a.id).sort()).toEqual(['//cloudresourcemanager.googleapis.com/projects/400000000001', '//cloudresourcemanager.googleapis.com/projects/400000000002']);
    // Every error comes from a fault the estate declares (denied on purpose to show UNKNOWN verdicts).
    const faults = (estate.faults ?? []).filter((f) => f.account?.startsWith('parapet-demo-'));
    for (const e of r.errors) expect(faults.some((f) => f.operation === e.operation && f.account === e.account), JSON.stringify(e)).toBe(true);
    expect(new Set(r.assets.map((a) => a.id)).size).toBe(r.assets.length);
  }, 60_000);
});
