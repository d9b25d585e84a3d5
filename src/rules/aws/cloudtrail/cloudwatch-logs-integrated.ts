import { fail, pass, type Rule } from '../../../core/rule.js';
import { ownedElsewhere, trailOf, TRAIL_TYPE } from './support/trail.js';

export const rule: Rule = {
  id: 'aws.cloudtrail.cloudwatch-logs-integrated',
  title: 'CloudTrail trails deliver events to CloudWatch Logs',
  severity: 'low',
  providers: ['aws'],
  types: [TRAIL_TYPE],
  rationale:
    'Events delivered to a CloudWatch Logs log group can drive metric filters and alarms on root use, policy changes or console sign-in failures in minutes; log files in S3 alone are only useful after the fact.',
  remediation: {
    steps: ['Create a log group and a role CloudTrail can assume to write to it.', 'Update the trail with the log group ARN and the role ARN.'],
    cli: 'aws cloudtrail update-trail --name <trail> --cloud-watch-logs-log-group-arn <log-group-arn> --cloud-watch-logs-role-arn <role-arn>',
    terraform: 'resource "aws_cloudtrail" "main" {\n  cloud_watch_logs_group_arn = "${aws_cloudwatch_log_group.trail.arn}:*"\n  cloud_watch_logs_role_arn  = aws_iam_role.trail_to_cwl.arn\n}',
  },
  references: ['https://docs.aws.amazon.com/awscloudtrail/latest/userguide/send-cloudtrail-events-to-cloudwatch-logs.html'],
  compliance: [{ framework: 'aws-fsbp', control: 'CloudTrail.5' }],
  version: 1,
  evaluate(asset) {
    const elsewhere = ownedElsewhere(asset);
    if (elsewhere) return elsewhere;
    const t = trailOf(asset);
    const ev = [{ path: 'config.trail.CloudWatchLogsLogGroupArn', observed: t.CloudWatchLogsLogGroupArn ?? null, expected: 'a log group ARN' }];
    return t.CloudWatchLogsLogGroupArn ? pass(`Delivers to ${t.CloudWatchLogsLogGroupArn}`, ev) : fail('The trail does not deliver to CloudWatch Logs', ev);
  },
};
