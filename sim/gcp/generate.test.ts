import { describe, expect, it } from 'vitest';
import { collectGcp } from '../../test/support/gcp.js';
import { computeCollectors } from '../../src/providers/gcp/services/compute/index.js';
import { storageCollectors } from '../../src/providers/gcp/services/storage/index.js';
import { generateGcpEstate, GENERATED_FOLDER } from './generate.js';
import { compute } from './services/compute.js';
import { storage } from './services/storage.js';

describe('generateGcpEstate', () => {
  it('is deterministic for a seed and differs across seeds', () => {
    const a = generateGcpEstate({ projects: 3, resources: 90, seed: 7 });
    const b = generateGcpEstate({ projects: 3, resources: 90, seed: 7 });
    const c = generateGcpEstate({ projects: 3, resources: 90, seed: 8 });
    expect(JSON.stringify(a.estate)).toBe(JSON.stringify(b.estate));
    expect(JSON.stringify(a.estate)).not.toBe(JSON.stringify(c.estate));
    expect(a.estate.gcp!.projects.filter((p) => p.parent === GENERATED_FOLDER)).toHaveLength(2);
  });

  it('a scan finds every resource the generators report', async () => {
    const { estate, expectedResources } = generateGcpEstate({ projects: 2, resources: 120, seed: 3, services: [storage, compute] });
    expect(expectedResources).toBeGreaterThanOrEqual(120);
    const r = await collectGcp(estate, [...storageCollectors, ...computeCollectors], { organization: '900000000001' });
    expect(r.errors).toEqual([]);
    expect(r.assets).toHaveLength(expectedResources);
  });
});
