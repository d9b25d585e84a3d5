import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.root-usage-monitored',
  title: 'Root user activity is monitored with a metric filter and alarm',
  severity: 'medium',
  rationale: 'The root user cannot be restricted by IAM policies and is rarely needed; any use of it should page someone so that misuse or compromise is caught at once.',
  control: CIS_MONITORING.rootUsage,
  metricName: 'root-usage',
});
