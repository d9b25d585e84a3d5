import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './alarm-has-action.js';

const alarm = (a: Record<string, unknown>) => awsAsset({ type: 'AWS::CloudWatch::Alarm', config: { alarm: { AlarmName: 'cpu-high', ...a } } });

describe(rule.id, () => {
  it.each([
    ['an SNS action', { AlarmActions: ['arn:aws:sns:us-east-1:111122223333:ops'] }, 'pass'],
    ['an Auto Scaling action', { AlarmActions: ['arn:aws:autoscaling:us-east-1:111122223333:scalingPolicy:abc:autoScalingGroupName/web:policyName/up'] }, 'pass'],
    ['only OK actions', { AlarmActions: [], OKActions: ['arn:aws:sns:us-east-1:111122223333:ops'] }, 'fail'],
    ['no actions at all', {}, 'fail'],
  ])('%s -> %s', (_name, a, status) => {
    const v = runRule(rule, alarm(a), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence[0]?.path).toBe('config.alarm.AlarmActions');
  });

  it('is unknown when DescribeAlarms failed', () => {
    const a = awsAsset({ type: 'AWS::CloudWatch::Alarm', gaps: { alarm: deniedGap('monitoring', 'DescribeAlarms') } });
    expect(runRule(rule, a, fixtureContext([])).status).toBe('unknown');
  });
});
