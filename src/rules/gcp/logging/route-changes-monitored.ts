import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { monitoringRule } from './support/monitoring-rule.js';

export const rule = monitoringRule({
  id: 'gcp.logging.route-changes-monitored',
  title: 'VPC route changes raise an alert (log metric and alert policy)',
  severity: 'medium',
  rationale: 'Routes decide where traffic goes; an added route can send traffic through an attacker-controlled instance or around inspection. Alerting on route changes keeps traffic paths as designed.',
  control: CIS_LOG_CONTROLS.routes,
  metricName: 'vpc-route-changes',
});
