import type { Asset } from '../../../../core/asset.js';
import { deniedGap, projectAsset } from '../../../../../test/support/gcp-assets.js';

export const logMetric = (name: string, filter: string, extra: Record<string, unknown> = {}) => ({
  name,
  filter,
  metricDescriptor: { type: `logging.googleapis.com/user/${name}`, metricKind: 'DELTA', valueType: 'INT64' },
  ...extra,
});

export const alertOn = (metric: string, extra: Record<string, unknown> = {}) => ({
  name: `projects/parapet-fixture/alertPolicies/${metric}`,
  displayName: `alert on ${metric}`,
  enabled: true,
  notificationChannels: ['projects/parapet-fixture/notificationChannels/1'],
  conditions: [{ displayName: metric, conditionThreshold: { filter: `metric.type="logging.googleapis.com/user/${metric}" AND resource.type="global"`, comparison: 'COMPARISON_GT' } }],
  ...extra,
});

export const logMatchAlert = (filter: string, extra: Record<string, unknown> = {}) => ({
  name: 'projects/parapet-fixture/alertPolicies/log-match',
  displayName: 'log match',
  enabled: true,
  notificationChannels: ['projects/parapet-fixture/notificationChannels/1'],
  conditions: [{ displayName: 'log match', conditionMatchedLog: { filter } }],
  ...extra,
});

export const monitoringProject = (logMetrics: unknown[] | null, alertPolicies: unknown[] | null): Asset => projectAsset({ logMetrics, alertPolicies });

export const monitoringDenied = (): Asset =>
  projectAsset({ logMetrics: [] }, { alertPolicies: deniedGap('monitoring', 'monitoring.projects.alertPolicies.list') });
