import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.network-gateway-changes-monitored',
  title: 'Network gateway changes are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Internet and customer gateways are the paths in and out of a VPC; creating, attaching or removing one changes what the network can reach.',
  control: CIS_MONITORING.networkGatewayChanges,
  metricName: 'network-gw-changes',
});
