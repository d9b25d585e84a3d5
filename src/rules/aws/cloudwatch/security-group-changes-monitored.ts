import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.security-group-changes-monitored',
  title: 'Security group changes are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Security groups decide what can reach instances; alerting on rule changes catches accidental or malicious exposure quickly.',
  control: CIS_MONITORING.securityGroupChanges,
  metricName: 'security-group-changes',
});
