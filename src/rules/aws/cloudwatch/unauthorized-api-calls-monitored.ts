import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.unauthorized-api-calls-monitored',
  title: 'Unauthorized API calls are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Bursts of AccessDenied and UnauthorizedOperation errors are often the first visible sign of stolen credentials being probed or of an application misbehaving; an alarm shortens the time to notice.',
  control: CIS_MONITORING.unauthorizedApiCalls,
  metricName: 'unauthorized-api-calls',
});
