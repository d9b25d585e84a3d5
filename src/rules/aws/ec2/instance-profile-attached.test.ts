import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../../../test/support/assets.js';
import { rule } from './instance-profile-attached.js';
import { instanceAsset, verdict } from './support/fixtures.js';

const PROFILE = { Arn: 'arn:aws:iam::111122223333:instance-profile/app-server', Id: 'AIPAEXAMPLE0000000001' };

describe(rule.id, () => {
  it.each([
    ['an instance profile', { IamInstanceProfile: PROFILE }, 'pass'],
    ['a stopped instance with a profile', { State: { Name: 'stopped' as const }, IamInstanceProfile: PROFILE }, 'pass'],
    ['no instance profile', {}, 'fail'],
    ['a stopped instance without a profile', { State: { Name: 'stopped' as const } }, 'fail'],
    ['a profile entry without an ARN', { IamInstanceProfile: { Id: 'AIPAEXAMPLE0000000001' } }, 'fail'],
    ['terminated without a profile', { State: { Name: 'terminated' as const } }, 'not_applicable'],
  ])('%s -> %s', (_name, instance, status) => {
    expect(verdict(rule, instanceAsset(instance)).status).toBe(status);
  });

  it('names the profile and cites its ARN', () => {
    const v = verdict(rule, instanceAsset({ IamInstanceProfile: PROFILE }));
    expect(v.reason).toBe('Instance i-0abc uses instance profile app-server');
    expect(v.evidence).toEqual([{ path: 'config.instance.IamInstanceProfile.Arn', observed: PROFILE.Arn, expected: 'an instance profile ARN' }]);
  });

  it('is unknown when DescribeInstances was denied or the state is missing', () => {
    expect(verdict(rule, awsAsset({ type: 'AWS::EC2::Instance', gaps: { instance: deniedGap('ec2', 'DescribeInstances', 'UnauthorizedOperation') } })).status).toBe('unknown');
    expect(verdict(rule, awsAsset({ type: 'AWS::EC2::Instance', config: { instance: { InstanceId: 'i-1' } } })).status).toBe('unknown');
  });
});
