import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { monitoringRule } from './support/monitoring-rule.js';

export const rule = monitoringRule({
  id: 'gcp.logging.firewall-rule-changes-monitored',
  title: 'VPC firewall rule changes raise an alert (log metric and alert policy)',
  severity: 'medium',
  rationale: 'A new or widened firewall rule can expose services to the internet in seconds; alerting on firewall changes shortens the time such exposure goes unnoticed.',
  control: CIS_LOG_CONTROLS.firewallRules,
  metricName: 'vpc-firewall-rule-changes',
});
