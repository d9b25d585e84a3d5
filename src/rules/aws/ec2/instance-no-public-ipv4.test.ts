import { describe, expect, it } from 'vitest';
import { awsAsset } from '../../../../test/support/assets.js';
import { rule } from './instance-no-public-ipv4.js';
import { instanceAsset, verdict } from './support/fixtures.js';

describe(rule.id, () => {
  it.each([
    ['a public IPv4 address', { PublicIpAddress: '54.12.1.9', PrivateIpAddress: '10.0.1.5' }, 'fail'],
    ['a stopped instance keeping an Elastic IP', { State: { Name: 'stopped' as const }, PublicIpAddress: '3.3.3.3' }, 'fail'],
    ['only a private address', { PrivateIpAddress: '10.0.1.5' }, 'pass'],
    ['only an IPv6 address', { Ipv6Address: '2001:db8::5' }, 'pass'],
    ['terminated', { State: { Name: 'terminated' as const }, PublicIpAddress: '54.1.1.1' }, 'not_applicable'],
  ])('%s -> %s', (_name, instance, status) => {
    expect(verdict(rule, instanceAsset(instance)).status).toBe(status);
  });

  it('is unknown when the instance was not collected', () => {
    expect(verdict(rule, awsAsset({ type: 'AWS::EC2::Instance' })).status).toBe('unknown');
  });

  it('is unknown when the instance state is missing', () => {
    expect(verdict(rule, awsAsset({ type: 'AWS::EC2::Instance', config: { instance: { InstanceId: 'i-1' } } })).status).toBe('unknown');
  });
});
