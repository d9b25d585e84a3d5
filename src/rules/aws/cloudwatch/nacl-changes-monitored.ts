import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.nacl-changes-monitored',
  title: 'Network ACL changes are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Network ACLs filter traffic for whole subnets; a changed entry can open or cut off a subnet, so changes should raise an alarm.',
  control: CIS_MONITORING.naclChanges,
  metricName: 'nacl-changes',
});
