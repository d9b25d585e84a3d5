import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Estate } from '../../../../../sim/aws/estate.js';
import { loadEstate } from '../../../../../sim/aws/estate-loader.js';
import { collectGcp } from '../../../../../test/support/gcp.js';
import { PROJECT_TYPE, projectCollector } from './project.js';

const DEMO = fileURLToPath(new URL('../../../../../sim/estates/demo', import.meta.url));
let estate: Estate;
beforeAll(async () => {
  estate = await loadEstate(DEMO);
});

const projectOf = (assets: Array<{ type: string; account: string }>, id: string) => assets.filter((a) => a.type === PROJECT_TYPE && a.account === id);

describe('gcp.cloudresourcemanager.project collector', () => {
  it('builds one project asset with the project, its IAM policy (v3, audit configs), sinks, log metrics and alert policies', async () => {
    const out = await collectGcp(estate, projectCollector);
    expect(out.errors).toEqual([]);
    const [prod, ...more] = projectOf(out.assets, 'parapet-demo-prod') as typeof out.assets;
    expect(more).toEqual([]);
    expect(prod).toMatchObject({ id: '//cloudresourcemanager.googleapis.com/projects/400000000001', kind: 'account', region: 'global', name: 'parapet-demo-prod' });
    expect(prod!.config.project).toMatchObject({ projectId: 'parapet-demo-prod', name: 'projects/400000000001', parent: 'folders/300000000001' });
    const policy = prod!.config.iamPolicy as any;
    expect(policy.version).toBe(3);
    expect(policy.auditConfigs).toEqual([{ service: 'allServices', auditLogConfigs: [{ logType: 'ADMIN_READ' }, { logType: 'DATA_READ' }, { logType: 'DATA_WRITE' }] }]);
    expect(policy.bindings).toContainEqual({ role: 'roles/iam.serviceAccountUser', members: ['group:developers@example.com'] });
    expect(policy.bindings.find((b: any) => b.condition)).toMatchObject({ role: 'roles/storage.objectViewer' });
    expect((prod!.config.sinks as any[]).map((s) => s.name)).toEqual(['_Required', '_Default', 'all-logs-archive', 'security-export']);
    expect((prod!.config.logMetrics as any[]).map((m) => m.name)).toContain('audit-config-changes');
    expect(prod!.config.logMetrics).toHaveLength(8);
    expect((prod!.config.alertPolicies as any[])[0].conditions[0].conditionThreshold.filter).toContain('logging.googleapis.com/user/project-ownership-changes');

    const [dev] = projectOf(out.assets, 'parapet-demo-dev') as typeof out.assets;
    expect(dev!.config.iamPolicy).not.toHaveProperty('auditConfigs');
    expect(dev!.config.logMetrics).toEqual([]);
    expect(dev!.config.alertPolicies).toEqual([]);
    expect(dev!.config.sinks).toHaveLength(2);
  });

  it('each denied call is a gap on its own aspect; the asset still comes with the rest', async () => {
    const out = await collectGcp(estate, projectCollector, {
      faults: [
        { account: 'parapet-demo-prod', service: 'cloudresourcemanager', operation: 'cloudresourcemanager.projects.getIamPolicy', effect: 'deny' },
        { account: 'parapet-demo-dev', service: 'monitoring', operation: 'monitoring.projects.alertPolicies.list', effect: 'deny' },
      ],
    });
    const [prod] = projectOf(out.assets, 'parapet-demo-prod') as typeof out.assets;
    expect(prod!.gaps.iamPolicy).toMatchObject({ provider: 'gcp', account: 'parapet-demo-prod', region: 'global', service: 'cloudresourcemanager', operation: 'cloudresourcemanager.projects.getIamPolicy', code: 'forbidden' });
    expect(prod!.config).not.toHaveProperty('iamPolicy');
    expect(prod!.config.logMetrics).toHaveLength(8);
    const [dev] = projectOf(out.assets, 'parapet-demo-dev') as typeof out.assets;
    expect(dev!.gaps.alertPolicies).toMatchObject({ account: 'parapet-demo-dev', service: 'monitoring', operation: 'monitoring.projects.alertPolicies.list', code: 'forbidden' });
    expect(dev!.config).not.toHaveProperty('alertPolicies');
    expect(dev!.config.iamPolicy).toBeDefined();
    expect(out.errors).toHaveLength(2);
  });

  it('collects every page of a long sink list into one aspect; a page that fails makes the aspect a gap', async () => {
    const sinks = Array.from({ length: 150 }, (_, n) => ({ name: `sink-${n}`, destination: `storage.googleapis.com/bucket-${n}` }));
    const big: Estate = { accounts: [], gcp: { projects: [{ projectId: 'many-sinks-project', projectNumber: '500000000011', resources: { sinks } }] } };
    const out = await collectGcp(big, projectCollector);
    const [p] = projectOf(out.assets, 'many-sinks-project') as typeof out.assets;
    expect(p!.config.sinks).toHaveLength(150);
    // Deny only the second page (the simulator's page token for offset 100): a partial list must not pass for the whole.
    const secondPage = Buffer.from(JSON.stringify({ o: 100 })).toString('base64url');
    const failing = await collectGcp(big, projectCollector, { faults: [{ operation: 'logging.projects.sinks.list', resource: secondPage, effect: 'deny' }] });
    const [q] = projectOf(failing.assets, 'many-sinks-project') as typeof failing.assets;
    expect(q!.gaps.sinks).toMatchObject({ operation: 'logging.projects.sinks.list', code: 'forbidden' });
    expect(q!.config).not.toHaveProperty('sinks');
  });
});
