import type { Asset } from '../../../../core/asset.js';
import type { GcpCollector } from '../../collector.js';
import { allPages } from './all-pages.js';

export const PROJECT_TYPE = 'cloudresourcemanager.googleapis.com/Project';

/**
 * The project asset (kind `account`) with the project-wide settings the CIS controls judge per project:
 * `project` (Resource Manager v3 projects.get), `iamPolicy` (v1 projects.getIamPolicy, policy version 3,
 * with `auditConfigs`), `sinks` (logging projects.sinks.list), `logMetrics` (projects.metrics.list) and
 * `alertPolicies` (monitoring projects.alertPolicies.list). Declaring the Project type makes the driver
 * leave the project asset to this collector. Each aspect fails on its own: a denied call is a gap, the
 * asset is still yielded.
 */
export const projectCollector: GcpCollector = {
  id: 'gcp.cloudresourcemanager.project',
  service: 'cloudresourcemanager',
  types: [PROJECT_TYPE],
  permissions: ['resourcemanager.projects.get', 'resourcemanager.projects.getIamPolicy', 'logging.sinks.list', 'logging.logMetrics.list', 'monitoring.alertPolicies.list'],
  async *collect(ctx) {
    const crm = ctx.api('cloudresourcemanager');
    const crmV1 = ctx.api('cloudresourcemanagerV1');
    const logging = ctx.api('logging');
    const monitoring = ctx.api('monitoring');
    const parent = `projects/${ctx.projectId}`;
    const [project, policy, sinks, metrics, alerts] = await Promise.all([
      ctx.call('cloudresourcemanager', 'cloudresourcemanager.projects.get', async () => (await crm.projects.get({ name: parent })).data, { resource: parent }),
      ctx.call(
        'cloudresourcemanager',
        'cloudresourcemanager.projects.getIamPolicy',
        async () => (await crmV1.projects.getIamPolicy({ resource: ctx.projectId, requestBody: { options: { requestedPolicyVersion: 3 } } })).data,
        { resource: parent },
      ),
      allPages(ctx, 'logging', 'logging.projects.sinks.list', async (pageToken) => (await logging.projects.sinks.list({ parent, pageSize: 100, pageToken })).data, (p) => p.sinks, (p) => p.nextPageToken),
      allPages(ctx, 'logging', 'logging.projects.metrics.list', async (pageToken) => (await logging.projects.metrics.list({ parent, pageSize: 100, pageToken })).data, (p) => p.metrics, (p) => p.nextPageToken),
      allPages(
        ctx,
        'monitoring',
        'monitoring.projects.alertPolicies.list',
        async (pageToken) => (await monitoring.projects.alertPolicies.list({ name: parent, pageSize: 1000, pageToken })).data,
        (p) => p.alertPolicies,
        (p) => p.nextPageToken,
      ),
    ]);
    const labels = project.ok ? (project.value?.labels ?? {}) : {};
    const asset: Asset = ctx.asset({
      id: `//cloudresourcemanager.googleapis.com/projects/${ctx.projectNumber}`,
      type: PROJECT_TYPE,
      kind: 'account',
      name: ctx.projectId,
      region: 'global',
      tags: labels,
    });
    ctx.aspect(asset, 'project', project);
    ctx.aspect(asset, 'iamPolicy', policy);
    ctx.aspect(asset, 'sinks', sinks);
    ctx.aspect(asset, 'logMetrics', metrics);
    ctx.aspect(asset, 'alertPolicies', alerts);
    ctx.progress(1);
    yield asset;
  },
};
