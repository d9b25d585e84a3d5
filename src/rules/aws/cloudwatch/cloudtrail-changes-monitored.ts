import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.cloudtrail-changes-monitored',
  title: 'CloudTrail configuration changes are monitored with a metric filter and alarm',
  severity: 'medium',
  rationale: 'Stopping, deleting or reconfiguring a trail blinds every other detective control; an alarm on these calls reveals attempts to cover tracks.',
  control: CIS_MONITORING.cloudtrailChanges,
  metricName: 'cloudtrail-cfg-changes',
});
