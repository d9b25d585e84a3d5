import { fail, need, pass, type Rule } from '../../../core/rule.js';

/** Mirrors Security Hub CloudWatch.15 (ALARM state): an alarm that notifies nobody detects nothing. */
export const rule: Rule = {
  id: 'aws.cloudwatch.alarm-has-action',
  title: 'CloudWatch alarms have an action for the ALARM state',
  severity: 'low',
  providers: ['aws'],
  types: ['AWS::CloudWatch::Alarm'],
  rationale:
    'An alarm without an ALARM-state action changes colour on a dashboard nobody watches. Notifying an SNS topic (or running an automated action) is what turns a breached threshold into a response.',
  remediation: {
    steps: ['Add an SNS topic (or an Auto Scaling, EC2 or Systems Manager action) to the alarm\'s ALARM-state actions.'],
    cli: 'aws cloudwatch put-metric-alarm --alarm-name <name> ... --alarm-actions <sns-topic-arn>',
    terraform: 'resource "aws_cloudwatch_metric_alarm" "example" {\n  # ...\n  alarm_actions = [aws_sns_topic.alerts.arn]\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/AlarmThatSendsEmail.html#alarms-and-actions',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-15',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'CA-7' },
    { framework: 'nist-800-53-r5', control: 'SI-4(5)' },
  ],
  version: 1,
  evaluate(asset) {
    const a = need<{ AlarmActions?: string[] }>(asset, 'alarm');
    const actions = a?.AlarmActions ?? [];
    const ev = [{ path: 'config.alarm.AlarmActions', observed: actions, expected: 'at least one action' }];
    return actions.length > 0 ? pass(`The alarm triggers ${actions.length} action(s)`, ev) : fail('The alarm has no ALARM-state action', ev);
  },
};
