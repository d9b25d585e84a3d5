import { fail, need, pass, type Rule } from '../../../core/rule.js';

/**
 * A log group without a retention setting keeps events forever ("Never expire"). Unbounded retention of
 * application logs accumulates secrets and personal data that leak into them, and cost; retention should
 * be a decision, not a default.
 */
export const rule: Rule = {
  id: 'aws.cloudwatch.log-group-retention-set',
  title: 'CloudWatch log groups have a retention period set',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::Logs::LogGroup'],
  rationale:
    'Log groups default to never expiring. Without a retention period, logs (and any credentials or personal data written to them) are kept indefinitely, which widens the impact of a leak and conflicts with data-minimisation duties.',
  remediation: {
    steps: ['Decide how long the log group must be kept (at least 365 days for audit logs).', 'Set that retention period on the log group.'],
    cli: 'aws logs put-retention-policy --log-group-name <name> --retention-in-days 365',
    terraform: 'resource "aws_cloudwatch_log_group" "example" {\n  name              = "<name>"\n  retention_in_days = 365\n}',
  },
  references: ['https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention'],
  compliance: [{ framework: 'nist-800-53-r5', control: 'SI-12' }],
  version: 1,
  evaluate(asset) {
    const g = need<{ retentionInDays?: number } | null>(asset, 'logGroup');
    const days = g?.retentionInDays ?? null;
    const ev = [{ path: 'config.logGroup.retentionInDays', observed: days, expected: 'a retention period in days' }];
    return days !== null ? pass(`Log events are kept for ${days} days`, ev) : fail('Log events never expire (no retention period set)', ev);
  },
};
