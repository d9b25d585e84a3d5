import type { Volume } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/ec2/attached-volume-encrypted.js';
import { ACCOUNT, byName, ec2Estate, ids, REGION } from './support/test-estate.js';
import { volumesCollector } from './volumes.js';

const volume = (VolumeId: string, Encrypted: boolean, InstanceId?: string): Volume => ({
  VolumeId, Encrypted, Size: 8, VolumeType: 'gp3', AvailabilityZone: `${REGION}a`, State: InstanceId ? 'in-use' : 'available',
  Attachments: InstanceId ? [{ InstanceId, VolumeId, Device: '/dev/xvda', State: 'attached' }] : [],
});

describe('aws.ec2.volumes collector', () => {
  it('pages DescribeVolumes at its 500-item maximum', async () => {
    const sim = await startSimulator({ estate: ec2Estate({ volumes: ids('vol', 1201).map((id) => volume(id, true)) }) });
    try {
      const out = await scanWith(sim, [volumesCollector]);
      expect(out.assets).toHaveLength(1201);
      expect(sim.stats().byOperation['ec2:DescribeVolumes']).toBe(3);
    } finally {
      await sim.close();
    }
  });

  it('collects encryption and attachments for the attached-volume rule', async () => {
    const out = await collectFrom(ec2Estate({ volumes: [volume('vol-plain', false, 'i-1'), volume('vol-enc', true, 'i-1'), volume('vol-spare', false)] }), volumesCollector);
    const plain = byName(out.assets, 'vol-plain');
    expect(plain).toMatchObject({ id: `arn:aws:ec2:${REGION}:${ACCOUNT}:volume/vol-plain`, type: 'AWS::EC2::Volume', kind: 'storage.volume', config: { volume: { Encrypted: false, Attachments: [{ InstanceId: 'i-1' }] } } });
    const ctx = fixtureContext(out.assets);
    expect(runRule(rule, plain, ctx).status).toBe('fail');
    expect(runRule(rule, byName(out.assets, 'vol-enc'), ctx).status).toBe('pass');
    expect(runRule(rule, byName(out.assets, 'vol-spare'), ctx).status).toBe('not_applicable');
  });

  it('a throttled-out listing is recorded, not thrown', async () => {
    const out = await collectFrom(ec2Estate({ volumes: [volume('vol-1', true)] }), volumesCollector, { faults: [{ effect: 'deny', service: 'ec2', operation: 'DescribeVolumes', code: 'UnauthorizedOperation' }] });
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.ec2.volumes', ok: false, error: expect.objectContaining({ operation: 'DescribeVolumes', code: 'UnauthorizedOperation' }) })]);
  });
});
