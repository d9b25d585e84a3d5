import { fail, need, pass, type Rule } from '../../../core/rule.js';

const MIN_DAYS = 365;

/** Mirrors Security Hub CloudWatch.16 with its default parameter: never-expiring groups keep enough. */
export const rule: Rule = {
  id: 'aws.cloudwatch.log-group-retention-one-year',
  title: 'CloudWatch log groups retain events for at least one year',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::Logs::LogGroup'],
  rationale:
    'Incidents are often discovered months after they start. Log groups that expire events in less than a year can lose the evidence needed to reconstruct what happened.',
  remediation: {
    steps: [`Raise the log group's retention to at least ${MIN_DAYS} days (or archive the logs elsewhere for that long).`],
    cli: `aws logs put-retention-policy --log-group-name <name> --retention-in-days ${MIN_DAYS}`,
    terraform: `resource "aws_cloudwatch_log_group" "example" {\n  name              = "<name>"\n  retention_in_days = ${MIN_DAYS}\n}`,
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html#SettingLogRetention',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-16',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AU-11' },
    { framework: 'nist-800-53-r5', control: 'SI-12' },
  ],
  version: 1,
  evaluate(asset) {
    const g = need<{ retentionInDays?: number } | null>(asset, 'logGroup');
    const days = g?.retentionInDays ?? null;
    const ev = [{ path: 'config.logGroup.retentionInDays', observed: days, expected: `>= ${MIN_DAYS} or never expire` }];
    if (days === null) return pass('Log events never expire', ev);
    return days >= MIN_DAYS ? pass(`Log events are kept for ${days} days`, ev) : fail(`Log events are kept for only ${days} days`, ev);
  },
};
