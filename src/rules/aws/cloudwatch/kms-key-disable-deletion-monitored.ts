import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.kms-key-disable-deletion-monitored',
  title: 'Disabling or scheduled deletion of KMS keys is monitored with a metric filter and alarm',
  severity: 'medium',
  rationale: 'Data encrypted under a disabled or deleted customer-managed key becomes unreadable; an alarm leaves time to cancel a deletion within its waiting period.',
  control: CIS_MONITORING.cmkDisableOrDeletion,
  metricName: 'disable-or-delete-cmk',
});
