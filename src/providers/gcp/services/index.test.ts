import { describe, expect, it } from 'vitest';
import { GCP_API_NAMES } from '../runtime/apis.js';
import { gcpCollectors, gcpCollectorsByService, gcpCollectorsFor } from './index.js';

describe('GCP collector registry', () => {
  it('ids are unique and name their service; every collector declares types and IAM permissions', () => {
    const ids = gcpCollectors.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of gcpCollectors) {
      expect(c.id).toMatch(/^gcp\.[a-z0-9]+\.[a-z0-9-]+$/);
      expect(GCP_API_NAMES).toContain(c.service);
      expect(c.types.length, c.id).toBeGreaterThan(0);
      expect(c.permissions.length, c.id).toBeGreaterThan(0);
      for (const p of c.permissions) expect(p, c.id).toMatch(/^[a-z]+(\.[a-zA-Z]+)+$/);
    }
  });

  it('--services selects by service and reports unknown names', () => {
    expect(gcpCollectorsFor(['storage']).collectors).toEqual(gcpCollectorsByService.storage);
    expect(gcpCollectorsFor(['storage', 'nope']).unknown).toEqual(['nope']);
    expect(gcpCollectorsFor(undefined).collectors).toBe(gcpCollectors);
  });
});
