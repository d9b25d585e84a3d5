import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.console-auth-failures-monitored',
  title: 'Console authentication failures are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Repeated failed console sign-ins indicate password guessing; an alarm gives the source address and time to respond before a guess succeeds.',
  control: CIS_MONITORING.consoleAuthFailures,
  metricName: 'console-signin-failures',
});
