import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.console-signin-without-mfa-monitored',
  title: 'Console sign-ins without MFA are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'A console sign-in with only a password is one stolen secret away from account takeover; alerting on it exposes users who sidestep MFA and sign-ins that should not happen.',
  control: CIS_MONITORING.consoleSigninWithoutMfa,
  metricName: 'no-mfa-console-signin',
});
