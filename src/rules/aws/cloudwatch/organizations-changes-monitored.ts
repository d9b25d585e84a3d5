import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.organizations-changes-monitored',
  title: 'AWS Organizations changes are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Organizations calls move accounts, attach service control policies and invite or remove members; unexpected changes can undo guardrails for every account.',
  control: CIS_MONITORING.organizationsChanges,
  metricName: 'organizations-changes',
});
