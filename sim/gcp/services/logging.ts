/**
 * Cloud Logging API v2 (`/logging/`): projects.sinks.list and projects.metrics.list.
 *
 * Estate sections: `sinks` (LogSink: `name`, `destination`, `filter`, `disabled`, `writerIdentity`,
 * `includeChildren` ...; every real project has the `_Required` and `_Default` sinks, so estates list them
 * too) and `logMetrics` (LogMetric: `name`, `filter`, `metricDescriptor` ...). Both page with `pageSize`
 * (default and most: 100 for sinks, per the API; metrics likewise) and `pageToken`.
 */
import type { GcpProjectEstate } from '../estate.js';
import type { GcpSimService } from '../service.js';

/** The two sinks Cloud Logging creates in every project (filters as Logging writes them). */
export function builtInSinks(projectId: string): any[] {
  const audit = 'LOG_ID("cloudaudit.googleapis.com/activity") OR LOG_ID("externalaudit.googleapis.com/activity") OR LOG_ID("cloudaudit.googleapis.com/system_event") OR LOG_ID("externalaudit.googleapis.com/system_event") OR LOG_ID("cloudaudit.googleapis.com/access_transparency") OR LOG_ID("externalaudit.googleapis.com/access_transparency")';
  return [
    { name: '_Required', destination: `logging.googleapis.com/projects/${projectId}/locations/global/buckets/_Required`, filter: audit, createTime: '2024-01-10T09:00:00Z', updateTime: '2024-01-10T09:00:00Z' },
    {
      name: '_Default',
      destination: `logging.googleapis.com/projects/${projectId}/locations/global/buckets/_Default`,
      filter: 'NOT LOG_ID("cloudaudit.googleapis.com/activity") AND NOT LOG_ID("externalaudit.googleapis.com/activity") AND NOT LOG_ID("cloudaudit.googleapis.com/system_event") AND NOT LOG_ID("externalaudit.googleapis.com/system_event") AND NOT LOG_ID("cloudaudit.googleapis.com/access_transparency") AND NOT LOG_ID("externalaudit.googleapis.com/access_transparency")',
      createTime: '2024-01-10T09:00:00Z',
      updateTime: '2024-01-10T09:00:00Z',
    },
  ];
}

export const logging: GcpSimService = {
  api: 'logging',
  routes: [
    {
      method: 'GET',
      path: 'v2/projects/{project}/sinks',
      operation: 'logging.projects.sinks.list',
      permission: 'logging.sinks.list',
      kind: 'list',
      itemsKey: 'sinks',
      defaultPageSize: 100,
      maxPageSize: 100,
      handler: (ctx) => ctx.section('sinks'),
    },
    {
      method: 'GET',
      path: 'v2/projects/{project}/metrics',
      operation: 'logging.projects.metrics.list',
      permission: 'logging.logMetrics.list',
      kind: 'list',
      itemsKey: 'metrics',
      defaultPageSize: 100,
      maxPageSize: 100,
      handler: (ctx) => ctx.section('logMetrics'),
    },
  ],
  /**
   * `count` sinks (the assets): the two built-in ones, then export sinks (some with no filter, some
   * disabled). Project-wide logging settings come with them, uncounted because they are aspects of the
   * project asset: the CIS log metrics and, in Monitoring's `alertPolicies` section, an alert on each.
   */
  generate(project: GcpProjectEstate, count: number, rand: () => number): number {
    const sinks = (project.resources.sinks ??= []);
    let added = 0;
    if (count >= 2 && !sinks.some((s) => s.name === '_Required')) {
      sinks.push(...builtInSinks(project.projectId));
      added = 2;
    }
    for (let n = 0; added < count; n++, added++) {
      const everything = rand() < 0.3;
      sinks.push({
        name: `export-${n}`,
        destination: `storage.googleapis.com/${project.projectId}-logs-${n}`,
        ...(everything ? {} : { filter: 'severity>=WARNING' }),
        ...(rand() < 0.1 ? { disabled: true } : {}),
        writerIdentity: `serviceAccount:service-${project.projectNumber}@gcp-sa-logging.iam.gserviceaccount.com`,
        createTime: '2025-06-01T08:00:00Z',
        updateTime: '2025-06-01T08:00:00Z',
      });
    }
    if (!project.resources.logMetrics?.length) addCisMetrics(project, rand);
    return added;
  },
};

const CIS_METRICS: Array<[string, string]> = [
  ['project-ownership-changes', 'protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner"'],
  ['audit-config-changes', 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*'],
  ['custom-role-changes', 'resource.type="iam_role" AND protoPayload.methodName:"google.iam.admin.v1."'],
  ['vpc-firewall-changes', 'resource.type="gce_firewall_rule"'],
  ['vpc-route-changes', 'resource.type="gce_route"'],
  ['vpc-network-changes', 'resource.type="gce_network"'],
  ['bucket-iam-changes', 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.setIamPermissions"'],
  ['sql-instance-config-changes', 'protoPayload.methodName="cloudsql.instances.update"'],
];

/** Log metrics for the CIS filters on about two projects in three, each with an alert policy. */
function addCisMetrics(project: GcpProjectEstate, rand: () => number): void {
  if (rand() < 0.35) return;
  const metrics = (project.resources.logMetrics ??= []);
  const alerts = (project.resources.alertPolicies ??= []);
  CIS_METRICS.forEach(([name, filter], n) => {
    metrics.push({ name, filter, metricDescriptor: { metricKind: 'DELTA', valueType: 'INT64', unit: '1' }, createTime: '2025-06-01T08:00:00Z', updateTime: '2025-06-01T08:00:00Z' });
    const id = String(1000000000 + n);
    alerts.push({
      name: id,
      displayName: name,
      combiner: 'OR',
      enabled: true,
      conditions: [{ name: `projects/${project.projectId}/alertPolicies/${id}/conditions/1`, displayName: `${name} > 0`, conditionThreshold: { filter: `metric.type="logging.googleapis.com/user/${name}" AND resource.type="global"`, comparison: 'COMPARISON_GT', thresholdValue: 0, duration: '0s', trigger: { count: 1 } } }],
    });
  });
}
