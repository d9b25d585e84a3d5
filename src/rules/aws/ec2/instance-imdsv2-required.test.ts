import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../../../test/support/assets.js';
import { rule } from './instance-imdsv2-required.js';
import { instanceAsset, verdict } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['tokens required', { MetadataOptions: { HttpTokens: 'required' as const, HttpEndpoint: 'enabled' as const } }, 'pass'],
    ['tokens optional (IMDSv1 allowed)', { MetadataOptions: { HttpTokens: 'optional' as const, HttpEndpoint: 'enabled' as const } }, 'fail'],
    ['tokens optional on a stopped instance', { State: { Name: 'stopped' as const }, MetadataOptions: { HttpTokens: 'optional' as const, HttpEndpoint: 'enabled' as const } }, 'fail'],
    ['endpoint disabled', { MetadataOptions: { HttpTokens: 'optional' as const, HttpEndpoint: 'disabled' as const } }, 'pass'],
    ['terminated', { State: { Name: 'terminated' as const }, MetadataOptions: { HttpTokens: 'optional' as const } }, 'not_applicable'],
    ['no metadata options returned', { MetadataOptions: undefined }, 'unknown'],
  ])('%s -> %s', (_name, instance, status) => {
    expect(verdict(rule, instanceAsset(instance)).status).toBe(status);
  });

  it('cites HttpTokens as evidence', () => {
    const v = verdict(rule, instanceAsset({ MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' } }));
    expect(v.evidence[0]).toEqual({ path: 'config.instance.MetadataOptions.HttpTokens', observed: 'optional', expected: 'required' });
  });

  it('is unknown when DescribeInstances data is a gap', () => {
    expect(verdict(rule, awsAsset({ type: 'AWS::EC2::Instance', gaps: { instance: deniedGap('ec2', 'DescribeInstances') } })).status).toBe('unknown');
  });
});
