import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { monitoringRule } from './support/monitoring-rule.js';

export const rule = monitoringRule({
  id: 'gcp.logging.audit-config-changes-monitored',
  title: 'Audit configuration changes raise an alert (log metric and alert policy)',
  severity: 'medium',
  rationale: 'Turning Data Access logging off or exempting a principal is a quiet way to stop leaving evidence; an alert on audit config changes keeps the logging setup from being changed unnoticed.',
  control: CIS_LOG_CONTROLS.auditConfig,
  metricName: 'audit-config-changes',
});
