import type { Rule } from '../../../core/rule.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { monitoringRule } from './monitoring-rule.js';

export const rule: Rule = monitoringRule({
  id: 'aws.cloudwatch.s3-bucket-policy-changes-monitored',
  title: 'S3 bucket policy changes are monitored with a metric filter and alarm',
  severity: 'low',
  rationale: 'Bucket policy, ACL, CORS, lifecycle and replication changes can expose or exfiltrate data; alerting on them shortens the window in which a permissive change goes unnoticed.',
  control: CIS_MONITORING.s3BucketPolicyChanges,
  metricName: 's3-bucket-policy-changes',
});
