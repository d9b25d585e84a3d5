import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.iam-policy-changes-monitored',
  title: 'IAM policy changes are monitored with a metric filter and alarm',
  severity: 'medium',
  rationale: 'Changing IAM policies is how an attacker escalates privileges or keeps a foothold; alerting on policy edits keeps authorization changes visible.',
  control: CIS_MONITORING.iamPolicyChanges,
  metricName: 'iam-policy-changes',
});
