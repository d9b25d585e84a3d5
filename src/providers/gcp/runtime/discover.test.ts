import { describe, expect, it } from 'vitest';
import { collectGcp, gcpEstate, scanGcpWith } from '../../../../test/support/gcp.js';
import type { Estate } from '../../../../sim/aws/estate.js';
import { startGcpSimulator } from '../../../../sim/gcp/server.js';
import type { GcpCollector } from '../collector.js';
import { bucketsCollector } from '../services/storage/buckets.js';
import { firewallsCollector } from '../services/compute/firewalls.js';
import { instancesCollector } from '../services/compute/instances.js';
import { discoverGcp } from './discover.js';
import { PROJECT_TYPE } from './project-asset.js';

/** organizations/1 → folders/10 (→ folders/11 → p-nested), p-in-folder; p-at-org; p-deleted (DELETE_REQUESTED) */
function orgEstate(): Estate {
  const project = (projectId: string, n: number, parent: string, extra = {}) => ({ projectId, projectNumber: String(400000000100 + n), parent, resources: { buckets: [{ name: `${projectId}-b`, location: 'EU' }] }, ...extra });
  return {
    accounts: [],
    gcp: {
      organization: { name: 'organizations/1000001' },
      folders: [
        { name: 'folders/1000010', displayName: 'apps', parent: 'organizations/1000001' },
        { name: 'folders/1000011', displayName: 'nested', parent: 'folders/1000010' },
      ],
      projects: [
        project('p-in-folder', 1, 'folders/1000010'),
        project('p-nested-deep', 2, 'folders/1000011'),
        project('p-at-org', 3, 'organizations/1000001'),
        project('p-deleted', 4, 'organizations/1000001', { lifecycleState: 'DELETE_REQUESTED' }),
      ],
    },
  };
}

const projectsOf = (assets: Array<{ account: string }>) => [...new Set(assets.map((a) => a.account))].sort();

describe('discoverGcp scope', () => {
  it('--organization: every ACTIVE project, through nested folders', async () => {
    const r = await collectGcp(orgEstate(), bucketsCollector, { organization: '1000001' });
    expect(r.result.accounts).toEqual(['p-at-org', 'p-in-folder', 'p-nested-deep']);
    expect(projectsOf(r.assets)).toEqual(['p-at-org', 'p-in-folder', 'p-nested-deep']);
    expect(r.scope).toContainEqual({ account: 'p-nested-deep', region: '*' });
  });

  it('--folder: only the folder subtree; --exclude-projects removes projects', async () => {
    const r = await collectGcp(orgEstate(), bucketsCollector, { folders: ['folders/1000010'], excludeProjects: ['p-nested-deep'] });
    expect(r.result.accounts).toEqual(['p-in-folder']);
  });

  it('no scope flags: every ACTIVE project the credential can see (projects.search)', async () => {
    const r = await collectGcp(orgEstate(), bucketsCollector);
    expect(r.result.accounts).toEqual(['p-at-org', 'p-in-folder', 'p-nested-deep']);
  });

  it('--projects: reads each project; the driver makes the project asset with the project aspect', async () => {
    const r = await collectGcp(orgEstate(), bucketsCollector, { projects: ['p-at-org'], keepProjects: true });
    const project = r.assets.find((a) => a.type === PROJECT_TYPE)!;
    expect(project).toMatchObject({ id: '//cloudresourcemanager.googleapis.com/projects/400000000103', kind: 'account', account: 'p-at-org', region: 'global', name: 'p-at-org' });
    expect(project.config.project).toMatchObject({ projectId: 'p-at-org', name: 'projects/400000000103', parent: 'organizations/1000001', state: 'ACTIVE' });
  });

  it('leaves the project asset to a collector that declares the Project type', async () => {
    const own: GcpCollector = {
      id: 'gcp.test.project',
      service: 'cloudresourcemanager',
      types: [PROJECT_TYPE],
      permissions: [],
      async *collect(ctx) {
        const a = ctx.asset({ id: `//cloudresourcemanager.googleapis.com/projects/${ctx.projectNumber}`, type: PROJECT_TYPE, kind: 'account', name: ctx.projectId });
        a.config.marker = true;
        yield a;
      },
    };
    const r = await collectGcp(orgEstate(), own, { projects: ['p-at-org'], keepProjects: true });
    const projects = r.assets.filter((a) => a.type === PROJECT_TYPE);
    expect(projects).toHaveLength(1);
    expect(projects[0]!.config.marker).toBe(true);
  });

  it('a denied --organization listing is one clear tool error', async () => {
    const faults = [{ service: 'cloudresourcemanager', operation: 'cloudresourcemanager.folders.list', effect: 'deny' as const }];
    await expect(collectGcp(orgEstate(), bucketsCollector, { organization: '1000001', faults })).rejects.toThrow(/--organization: Resource Manager cloudresourcemanager.folders.list on organizations\/1000001 failed: forbidden/);
  });

  it('an unreachable endpoint is one clear tool error', async () => {
    const sim = await startGcpSimulator({ estate: orgEstate() });
    const { keyFile, endpoint } = sim;
    await sim.close();
    const sink = { scope: async () => undefined, assets: async () => undefined, coverage: async () => undefined, error: () => undefined, event: () => undefined };
    await expect(discoverGcp({ keyFile, endpoint, collectors: [bucketsCollector] }, sink)).rejects.toThrow(/cannot reach the GCP token endpoint/);
  });

  it('impersonates a service account through iamcredentials', async () => {
    const estate = gcpEstate({ serviceAccounts: [{ email: 'auditor@test-project.iam.gserviceaccount.com' }], buckets: [{ name: 'x1', location: 'US' }] });
    const r = await collectGcp(estate, bucketsCollector, { impersonateServiceAccount: 'auditor@test-project.iam.gserviceaccount.com' });
    expect(r.result.callerAccount).toBe('auditor@test-project.iam.gserviceaccount.com');
    expect(r.assets.map((a) => a.name)).toEqual(['x1']);
  });
});

describe('discoverGcp calls', () => {
  const buckets = gcpEstate({ buckets: [{ name: 'alpha', location: 'EUROPE-WEST1' }, { name: 'beta', location: 'US' }] });

  it('a denied aspect is a gap naming provider, project, region, service, operation and code', async () => {
    const r = await collectGcp(buckets, bucketsCollector, { faults: [{ operation: 'storage.buckets.getIamPolicy', resource: 'alpha', effect: 'deny' }] });
    const alpha = r.assets.find((a) => a.name === 'alpha')!;
    expect(alpha.config.iamPolicy).toBeUndefined();
    const expected = { provider: 'gcp', account: 'test-project', region: 'europe-west1', service: 'storage', operation: 'storage.buckets.getIamPolicy', code: 'forbidden', resource: 'alpha' };
    expect(alpha.gaps.iamPolicy).toMatchObject(expected);
    expect(alpha.gaps.iamPolicy!.message).toMatch(/storage\.buckets\.getIamPolicy/);
    expect(r.errors).toEqual([expect.objectContaining(expected)]);
    expect(r.assets.find((a) => a.name === 'beta')!.config.iamPolicy).toBeDefined();
  });

  it('a denied listing makes the coverage incomplete with the error', async () => {
    const r = await collectGcp(gcpEstate({ firewalls: [{ name: 'fw' }] }), firewallsCollector, { faults: [{ operation: 'compute.firewalls.list', effect: 'deny' }] });
    expect(r.assets).toEqual([]);
    expect(r.coverage).toEqual([expect.objectContaining({ provider: 'gcp', account: 'test-project', collector: 'gcp.compute.firewalls', ok: false, error: expect.objectContaining({ service: 'compute', operation: 'compute.firewalls.list', code: 'forbidden' }) })]);
  });

  it('throttled calls are retried and recover', async () => {
    const r = await collectGcp(buckets, bucketsCollector, { faults: [{ operation: 'storage.buckets.list', effect: 'throttle', times: 3 }] });
    expect(r.errors).toEqual([]);
    expect(r.assets.map((a) => a.name).sort()).toEqual(['alpha', 'beta']);
    expect(r.result.stats.retries).toBe(3);
    expect(r.result.stats.retryCodes.rateLimitExceeded).toBe(3);
  });

  it('throttled beyond the attempts is an error and incomplete coverage, never a silently empty list', async () => {
    const r = await collectGcp(buckets, bucketsCollector, { faults: [{ operation: 'storage.buckets.list', effect: 'throttle' }] });
    expect(r.assets).toEqual([]);
    expect(r.coverage[0]).toMatchObject({ ok: false, error: { code: 'rateLimitExceeded', service: 'storage', operation: 'storage.buckets.list' } });
    expect(r.errors).toEqual([expect.objectContaining({ provider: 'gcp', account: 'test-project', code: 'rateLimitExceeded', message: expect.stringMatching(/gave up after 6 attempts/) })]);
  });

  it('5xx errors are retried; a timeout becomes an error, not a hang', async () => {
    const ok = await collectGcp(buckets, bucketsCollector, { faults: [{ operation: 'storage.buckets.getIamPolicy', effect: 'error', times: 2 }] });
    expect(ok.errors).toEqual([]);
    const slow = await collectGcp(buckets, bucketsCollector, { requestTimeoutMs: 300, faults: [{ operation: 'storage.buckets.getIamPolicy', resource: 'beta', effect: 'timeout' }] });
    expect(slow.assets.find((a) => a.name === 'beta')!.gaps.iamPolicy).toMatchObject({ operation: 'storage.buckets.getIamPolicy' });
  });

  it('pages listings and aggregatedLists to the end', async () => {
    const firewalls = Array.from({ length: 1201 }, (_, i) => ({ name: `fw-${i}` }));
    const zones = ['europe-west1-b', 'us-central1-a', 'us-central1-c'];
    const instances = Array.from({ length: 1100 }, (_, i) => ({ name: `vm-${i}`, zone: zones[i % 3] }));
    const sim = await startGcpSimulator({ estate: gcpEstate({ firewalls, instances }) });
    try {
      const r = await scanGcpWith(sim, [firewallsCollector, instancesCollector], { projects: ['test-project'] });
      expect(r.errors).toEqual([]);
      expect(r.assets.filter((a) => a.type === 'compute.googleapis.com/Firewall')).toHaveLength(1201);
      const vms = r.assets.filter((a) => a.type === 'compute.googleapis.com/Instance');
      expect(new Set(vms.map((a) => a.id)).size).toBe(1100);
      expect(vms.find((a) => a.name === 'vm-4')).toMatchObject({ region: 'us-central1', id: '//compute.googleapis.com/projects/test-project/zones/us-central1-a/instances/vm-4' });
      expect(sim.stats().byOperation).toMatchObject({ 'compute.firewalls.list': 3, 'compute.instances.aggregatedList': 3 });
    } finally {
      await sim.close();
    }
  });
});

describe('discoverGcp unreadable project', () => {
  it('a --projects entry whose projects.get is denied: one error, a project asset with a gap, collectors still run', async () => {
    const r = await collectGcp(gcpEstate({ buckets: [{ name: 'still-listed', location: 'US' }] }), bucketsCollector, {
      projects: ['test-project'],
      keepProjects: true,
      faults: [{ operation: 'cloudresourcemanager.projects.get', effect: 'deny' }],
    });
    expect(r.errors).toEqual([expect.objectContaining({ provider: 'gcp', account: 'test-project', service: 'cloudresourcemanager', operation: 'cloudresourcemanager.projects.get', code: 'forbidden' })]);
    const project = r.assets.find((a) => a.type === PROJECT_TYPE)!;
    expect(project.gaps.project).toMatchObject({ code: 'forbidden' });
    expect(r.assets.map((a) => a.name)).toContain('still-listed');
  });
});
