import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { monitoringRule } from './support/monitoring-rule.js';

export const rule = monitoringRule({
  id: 'gcp.logging.project-ownership-changes-monitored',
  title: 'Project ownership changes raise an alert (log metric and alert policy)',
  severity: 'medium',
  rationale: 'Owner is the most powerful role on a project; an attacker who gains it can do anything, including covering tracks. Alerting on every Owner grant or removal makes such a change visible within minutes.',
  control: CIS_LOG_CONTROLS.projectOwnership,
  metricName: 'project-ownership-changes',
});
