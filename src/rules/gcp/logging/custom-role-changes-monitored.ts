import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { monitoringRule } from './support/monitoring-rule.js';

export const rule = monitoringRule({
  id: 'gcp.logging.custom-role-changes-monitored',
  title: 'Custom role changes raise an alert (log metric and alert policy)',
  severity: 'medium',
  rationale: 'Adding permissions to a custom role silently widens the access of everyone who holds it; alerting on role creation, updates and deletion surfaces over-privileged roles early.',
  control: CIS_LOG_CONTROLS.customRole,
  metricName: 'custom-role-changes',
});
