import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { monitoringRule } from './support/monitoring-rule.js';

export const rule = monitoringRule({
  id: 'gcp.logging.storage-iam-changes-monitored',
  title: 'Cloud Storage IAM changes raise an alert (log metric and alert policy)',
  severity: 'medium',
  rationale: 'A single bucket IAM change can make data public or hand it to an outside account; alerting on bucket permission changes shortens the window in which that goes unnoticed.',
  control: CIS_LOG_CONTROLS.storageIam,
  metricName: 'storage-iam-changes',
});
