import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGcpAuth } from '../../src/providers/gcp/runtime/auth.js';
import { startGcpSimulator, type GcpSimulator } from './server.js';

const projects = Array.from({ length: 7 }, (_, i) => ({ projectId: `paging-${String(i).padStart(3, '0')}`, projectNumber: String(400000000200 + i), parent: 'organizations/777', resources: {} as Record<string, any[]> }));
projects[0]!.resources = { buckets: Array.from({ length: 5 }, (_, i) => ({ name: `pb-${i}`, location: 'US' })), disks: [{ name: 'd1', zone: 'us-central1-a' }, { name: 'd2', zone: 'europe-west1-b' }, { name: 'd3', zone: 'europe-west1-b' }] };

describe('GCP simulator engine', () => {
  let sim: GcpSimulator;
  let get: (path: string) => Promise<{ status: number; body: any }>;
  beforeAll(async () => {
    sim = await startGcpSimulator({ estate: { accounts: [], gcp: { organization: { name: 'organizations/777' }, projects } } });
    const { token } = await (await createGcpAuth({ keyFile: sim.keyFile })).client.getAccessToken();
    get = async (path) => {
      const res = await fetch(`${sim.endpoint}/${path}`, { headers: { authorization: `Bearer ${token}` } });
      return { status: res.status, body: await res.json() };
    };
  });
  afterAll(async () => {
    await sim.close();
  });

  it('pages newer APIs with pageSize and older ones with maxResults', async () => {
    const first = await get('cloudresourcemanager/v3/projects?parent=organizations/777&pageSize=3');
    expect(first.body.projects.map((p: { projectId: string }) => p.projectId)).toEqual(['paging-000', 'paging-001', 'paging-002']);
    const second = await get(`cloudresourcemanager/v3/projects?parent=organizations/777&pageSize=3&pageToken=${first.body.nextPageToken}`);
    expect(second.body.projects).toHaveLength(3);
    const third = await get(`cloudresourcemanager/v3/projects?parent=organizations/777&pageSize=3&pageToken=${second.body.nextPageToken}`);
    expect(third.body.projects).toHaveLength(1);
    expect(third.body.nextPageToken).toBeUndefined();
    const buckets = await get('storage/storage/v1/b?project=paging-000&maxResults=2');
    expect(buckets.body).toMatchObject({ kind: 'storage#buckets', items: [{ name: 'pb-0' }, { name: 'pb-1' }] });
    expect(buckets.body.nextPageToken).toEqual(expect.any(String));
  });

  it('shapes aggregatedList pages by scope, with the no-results warning elsewhere', async () => {
    const page1 = await get('compute/compute/v1/projects/paging-000/aggregated/disks?maxResults=2');
    expect(page1.body.kind).toBe('compute#diskAggregatedList');
    expect(page1.body.items['zones/us-central1-a'].disks.map((d: { name: string }) => d.name)).toEqual(['d1']);
    expect(page1.body.items['zones/europe-west1-b'].disks.map((d: { name: string }) => d.name)).toEqual(['d2']);
    const page2 = await get(`compute/compute/v1/projects/paging-000/aggregated/disks?maxResults=2&pageToken=${page1.body.nextPageToken}`);
    expect(page2.body.items['zones/us-central1-a']).toMatchObject({ warning: { code: 'NO_RESULTS_ON_PAGE' } });
    expect(page2.body.items['zones/europe-west1-b'].disks[0]).toMatchObject({ name: 'd3', zone: 'https://www.googleapis.com/compute/v1/projects/paging-000/zones/europe-west1-b' });
    expect(page2.body.nextPageToken).toBeUndefined();
  });

  it('answers Google errors: a bad page token, an unknown project, a denied call naming the permission', async () => {
    expect(await get('storage/storage/v1/b?project=paging-000&pageToken=garbage')).toMatchObject({ status: 400, body: { error: { status: 'INVALID_ARGUMENT' } } });
    expect(await get('compute/compute/v1/projects/nope-project/global/firewalls')).toMatchObject({ status: 404, body: { error: { status: 'NOT_FOUND', errors: [{ reason: 'notFound' }] } } });
    sim.setFaults([{ account: 'paging-000', operation: 'compute.disks.aggregatedList', effect: 'deny' }]);
    const denied = await get('compute/compute/v1/projects/paging-000/aggregated/disks');
    expect(denied).toMatchObject({ status: 403, body: { error: { code: 403, status: 'PERMISSION_DENIED', errors: [{ reason: 'forbidden' }] } } });
    expect(denied.body.error.message).toMatch(/'compute\.disks\.list' permission for 'projects\/paging-000'/);
    sim.setFaults([{ operation: 'storage.buckets.list', effect: 'throttle' }]);
    expect(await get('storage/storage/v1/b?project=paging-000')).toMatchObject({ status: 429, body: { error: { status: 'RESOURCE_EXHAUSTED', errors: [{ reason: 'rateLimitExceeded' }] } } });
    sim.setFaults([]);
    expect(sim.stats()).toMatchObject({ throttled: 1, denied: 1 });
  });
});
