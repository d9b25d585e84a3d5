import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.vpc-changes-monitored',
  title: 'VPC changes are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Creating or deleting VPCs, changing their attributes or peering them with other networks changes the network boundary; these calls should raise an alarm.',
  control: CIS_MONITORING.vpcChanges,
  metricName: 'vpc-changes',
});
