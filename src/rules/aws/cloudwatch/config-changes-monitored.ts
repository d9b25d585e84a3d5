import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.config-changes-monitored',
  title: 'AWS Config configuration changes are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Stopping the AWS Config recorder or changing its delivery channel silently ends configuration history; an alarm keeps that visible.',
  control: CIS_MONITORING.configChanges,
  metricName: 'aws-config-changes',
});
