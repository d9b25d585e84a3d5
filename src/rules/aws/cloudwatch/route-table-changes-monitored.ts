import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.route-table-changes-monitored',
  title: 'Route table changes are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'A changed route can send traffic around inspection points or out of the network; alerting on route table changes keeps traffic on its expected path.',
  control: CIS_MONITORING.routeTableChanges,
  metricName: 'route-table-changes',
});
