import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { CLUSTER_TYPE, clustersCollector, regionOfLocation } from './clusters.js';

const DEMO = fileURLToPath(new URL('../../../../../sim/estates/demo/gcp-gke.yaml', import.meta.url));
let estate: Estate;
beforeAll(async () => {
  estate = await loadEstate(DEMO);
});

describe('gcp.container.clusters collector', () => {
  it('yields regional and zonal clusters with their security settings in the `cluster` aspect', async () => {
    const out = await collectGcp(estate, clustersCollector);
    expect(out.errors).toEqual([]);
    const dev = out.assets.find((a) => a.name === 'dev-cluster')!;
    expect(dev).toMatchObject({ id: '//container.googleapis.com/projects/parapet-demo-dev/locations/us-central1-a/clusters/dev-cluster', type: CLUSTER_TYPE, kind: 'container.cluster', region: 'us-central1' });
    expect(dev.config.cluster).toMatchObject({ legacyAbac: { enabled: true }, location: 'us-central1-a' });
    expect(dev.config.cluster).not.toHaveProperty('privateClusterConfig');
    expect(dev.config.cluster).not.toHaveProperty('networkPolicy');
    const prod = out.assets.find((a) => a.name === 'prod-cluster')!;
    expect(prod.region).toBe('europe-west1');
    expect(prod.tags).toEqual({ env: 'prod' });
    expect(prod.config.cluster).toMatchObject({
      privateClusterConfig: { enablePrivateEndpoint: true },
      masterAuthorizedNetworksConfig: { enabled: true },
      networkPolicy: { enabled: true },
      databaseEncryption: { state: 'ENCRYPTED' },
      workloadIdentityConfig: { workloadPool: 'parapet-demo-prod.svc.id.goog' },
    });
  });

  it('a denied listing leaves coverage incomplete', async () => {
    const out = await collectGcp(estate, clustersCollector, { faults: [{ account: 'parapet-demo-prod', service: 'container', operation: 'container.projects.locations.clusters.list', effect: 'deny' }] });
    expect(out.assets.map((a) => a.name)).toEqual(['dev-cluster']);
    expect(out.coverage.find((c) => c.account === 'parapet-demo-prod')).toMatchObject({
      ok: false,
      error: { provider: 'gcp', account: 'parapet-demo-prod', service: 'container', operation: 'container.projects.locations.clusters.list', code: 'forbidden' },
    });
  });

  it('zones the API reports missing leave coverage incomplete; the clusters it returned still come', async () => {
    const dev = estate.gcp!.projects.find((p) => p.projectId === 'parapet-demo-dev')!;
    const outage: Estate = { ...estate, gcp: { ...estate.gcp!, projects: [{ ...dev, resources: { ...dev.resources, unreachableZones: ['us-central1-b'] } }] } };
    const out = await collectGcp(outage, clustersCollector);
    expect(out.assets.map((a) => a.name)).toEqual(['dev-cluster']);
    expect(out.coverage.find((c) => c.account === 'parapet-demo-dev')).toMatchObject({ ok: false, error: { service: 'container', code: 'MissingZones', message: expect.stringContaining('us-central1-b') } });
  });

  it('reads a zone as its region and a region as itself', () => {
    expect(regionOfLocation('europe-west1-b')).toBe('europe-west1');
    expect(regionOfLocation('us-central1')).toBe('us-central1');
  });
});
