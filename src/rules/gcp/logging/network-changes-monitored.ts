import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { monitoringRule } from './support/monitoring-rule.js';

export const rule = monitoringRule({
  id: 'gcp.logging.network-changes-monitored',
  title: 'VPC network changes raise an alert (log metric and alert policy)',
  severity: 'medium',
  rationale: 'New networks and peerings open paths between environments that were meant to be separate; alerting on network changes makes such paths visible when they appear.',
  control: CIS_LOG_CONTROLS.networks,
  metricName: 'vpc-network-changes',
});
