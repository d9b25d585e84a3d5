import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { monitoringRule } from './support/monitoring-rule.js';

export const rule = monitoringRule({
  id: 'gcp.logging.sql-instance-changes-monitored',
  title: 'Cloud SQL configuration changes raise an alert (log metric and alert policy)',
  severity: 'medium',
  rationale: 'Instance updates can open authorized networks, drop SSL enforcement or turn off backups; alerting on them catches risky database changes while they can still be reverted.',
  control: CIS_LOG_CONTROLS.sqlInstanceConfig,
  metricName: 'sql-instance-config-changes',
});
