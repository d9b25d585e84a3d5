import type { Instance } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { rule as imdsv2 } from '../../../../rules/aws/ec2/instance-imdsv2-required.js';
import { rule as publicIp } from '../../../../rules/aws/ec2/instance-no-public-ipv4.js';
import { instancesCollector } from './instances.js';
import { ACCOUNT, byName, ec2Estate, ids, REGION } from './support/test-estate.js';

const instance = (InstanceId: string, more: Partial<Instance> = {}): Instance => ({
  InstanceId,
  InstanceType: 't3.micro',
  State: { Code: 16, Name: 'running' },
  LaunchTime: new Date('2026-01-10T10:00:00Z'),
  MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', State: 'applied' },
  PrivateIpAddress: '10.0.0.10',
  Tags: [{ Key: 'Name', Value: InstanceId }],
  ...more,
});

describe('aws.ec2.instances collector', () => {
  it('lists every instance across several DescribeInstances pages', async () => {
    const many = ids('i', 2350).map((id) => instance(id));
    const sim = await startSimulator({ estate: ec2Estate({ instances: many }) });
    try {
      const out = await scanWith(sim, [instancesCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(2350);
      expect(new Set(out.assets.map((a) => a.id)).size).toBe(2350);
      // 1000 per page: three pages, no more (the runtime must not re-read pages).
      expect(sim.stats().byOperation['ec2:DescribeInstances']).toBe(3);
    } finally {
      await sim.close();
    }
  });

  it('builds the asset from the description, leaving terminated instances out', async () => {
    const out = await collectFrom(
      ec2Estate({
        instances: [
          instance('i-0aaa', { PublicIpAddress: '54.1.2.3', MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' }, IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/app` }, Monitoring: { State: 'disabled' } }),
          instance('i-0bbb'),
          instance('i-0ccc', { State: { Code: 48, Name: 'terminated' } }),
        ],
      }),
      instancesCollector,
    );
    expect(out.assets.map((a) => a.name).sort()).toEqual(['i-0aaa', 'i-0bbb']);
    const a = byName(out.assets, 'i-0aaa');
    expect(a).toMatchObject({ id: `arn:aws:ec2:${REGION}:${ACCOUNT}:instance/i-0aaa`, type: 'AWS::EC2::Instance', kind: 'compute.instance', account: ACCOUNT, region: REGION, tags: { Name: 'i-0aaa' } });
    expect(a.config.instance).toMatchObject({ PublicIpAddress: '54.1.2.3', MetadataOptions: { HttpTokens: 'optional' }, IamInstanceProfile: { Arn: `arn:aws:iam::${ACCOUNT}:instance-profile/app` }, Monitoring: { State: 'disabled' } });
    expect((a.config.instance as Instance).LaunchTime).toBeInstanceOf(Date);

    const ctx = fixtureContext(out.assets);
    expect(runRule(imdsv2, a, ctx).status).toBe('fail');
    expect(runRule(imdsv2, byName(out.assets, 'i-0bbb'), ctx).status).toBe('pass');
    expect(runRule(publicIp, a, ctx).status).toBe('fail');
    expect(runRule(publicIp, byName(out.assets, 'i-0bbb'), ctx).status).toBe('pass');
  });

  it('reports a denied listing as incomplete coverage with the failing call named', async () => {
    const out = await collectFrom(ec2Estate({ instances: [instance('i-0aaa')] }), instancesCollector, { faults: [{ effect: 'deny', service: 'ec2', operation: 'DescribeInstances' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'ec2', operation: 'DescribeInstances', code: 'UnauthorizedOperation' })]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.ec2.instances', ok: false })]);
  });
});
