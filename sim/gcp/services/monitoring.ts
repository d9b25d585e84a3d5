/**
 * Cloud Monitoring API v3 (`/monitoring/`): projects.alertPolicies.list.
 *
 * Estate section `alertPolicies`: AlertPolicy as the API returns it (`displayName`, `combiner`, `enabled`,
 * `conditions[].conditionThreshold.filter` ...; `name` may be the policy id alone and is expanded to
 * `projects/<id>/alertPolicies/<id>`). Pages with `pageSize` (default 100, at most 1000) and `pageToken`;
 * the envelope carries `totalSize`, as the API's does.
 */
import type { GcpSimService } from '../service.js';

export const monitoring: GcpSimService = {
  api: 'monitoring',
  routes: [
    {
      method: 'GET',
      path: 'v3/projects/{project}/alertPolicies',
      operation: 'monitoring.projects.alertPolicies.list',
      permission: 'monitoring.alertPolicies.list',
      kind: 'list',
      itemsKey: 'alertPolicies',
      defaultPageSize: 100,
      maxPageSize: 1000,
      handler: (ctx) =>
        ctx.section('alertPolicies').map((p) => ({ ...p, name: String(p.name).includes('/') ? String(p.name) : `projects/${ctx.project.projectId}/alertPolicies/${p.name}` })),
    },
  ],
  // No `generate`: alert policies are aspects of the project asset, not assets; logging's generator adds
  // one per generated log metric.
};
