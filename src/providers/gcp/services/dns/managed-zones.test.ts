import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { MANAGED_ZONE_TYPE, managedZonesCollector } from './managed-zones.js';

const DEMO = fileURLToPath(new URL('../../../../../sim/estates/demo/gcp-dns.yaml', import.meta.url));
let estate: Estate;
beforeAll(async () => {
  estate = await loadEstate(DEMO);
});

describe('gcp.dns.managed-zones collector', () => {
  it('yields zones with visibility and DNSSEC settings in the `zone` aspect', async () => {
    const out = await collectGcp(estate, managedZonesCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['dev-zone', 'internal', 'legacy-zone', 'public-zone']);
    const legacy = out.assets.find((a) => a.name === 'legacy-zone')!;
    expect(legacy).toMatchObject({ id: '//dns.googleapis.com/projects/parapet-demo-prod/managedZones/legacy-zone', type: MANAGED_ZONE_TYPE, kind: 'network.dns-zone', region: 'global' });
    expect(legacy.config.zone).toMatchObject({ visibility: 'public', dnssecConfig: { state: 'on', defaultKeySpecs: [{ keyType: 'keySigning', algorithm: 'rsasha1' }, { keyType: 'zoneSigning', algorithm: 'rsasha1' }] } });
    expect(out.assets.find((a) => a.name === 'dev-zone')!.config.zone).toMatchObject({ dnssecConfig: { state: 'off' } });
    expect(out.assets.find((a) => a.name === 'public-zone')!.tags).toEqual({ env: 'prod' });
  });

  it('a denied listing leaves coverage incomplete', async () => {
    const out = await collectGcp(estate, managedZonesCollector, { faults: [{ account: 'parapet-demo-dev', service: 'dns', operation: 'dns.managedZones.list', effect: 'deny' }] });
    expect(out.assets.some((a) => a.account === 'parapet-demo-dev')).toBe(false);
    expect(out.coverage.find((c) => c.account === 'parapet-demo-dev')).toMatchObject({ ok: false, error: { service: 'dns', operation: 'dns.managedZones.list', code: 'forbidden' } });
  });
});
