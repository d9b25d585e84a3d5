import { fail, need, pass, unknown, type Rule } from '../../../core/rule.js';

/** Mirrors Security Hub CloudWatch.17: disabled actions are a silent off switch on an alarm. */
export const rule: Rule = {
  id: 'aws.cloudwatch.alarm-actions-enabled',
  title: 'CloudWatch alarm actions are enabled',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::CloudWatch::Alarm'],
  rationale:
    'DisableAlarmActions keeps an alarm evaluating but stops every notification and automated action. Left disabled after maintenance (or disabled by an intruder), the alarm looks configured yet never fires.',
  remediation: {
    steps: ['Re-enable the alarm\'s actions once the reason for disabling them is over.'],
    cli: 'aws cloudwatch enable-alarm-actions --alarm-names <name>',
    terraform: 'resource "aws_cloudwatch_metric_alarm" "example" {\n  # ...\n  actions_enabled = true\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonCloudWatch/latest/APIReference/API_EnableAlarmActions.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-17',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'CA-7' },
    { framework: 'nist-800-53-r5', control: 'SI-4(12)' },
  ],
  version: 1,
  evaluate(asset) {
    const a = need<{ ActionsEnabled?: boolean }>(asset, 'alarm');
    const enabled = a?.ActionsEnabled ?? null;
    const ev = [{ path: 'config.alarm.ActionsEnabled', observed: enabled, expected: true }];
    if (enabled === null) return unknown('DescribeAlarms did not report ActionsEnabled', ev);
    return enabled ? pass('Alarm actions are enabled', ev) : fail('Alarm actions are disabled', ev);
  },
};
