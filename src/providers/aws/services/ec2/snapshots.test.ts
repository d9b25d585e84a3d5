import type { Snapshot } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { Ec2SnapshotEntry } from '../../../../../sim/aws/services/ec2.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as notPublic } from '../../../../rules/aws/ec2/snapshot-not-publicly-restorable.js';
import { snapshotBlockPublicAccessCollector } from './snapshot-block-public-access.js';
import { makeSnapshotsCollector, snapshotsCollector } from './snapshots.js';
import { ACCOUNT, byName, ec2Estate, ids, REGION } from './support/test-estate.js';

const snapshot = (SnapshotId: string, createVolumePermissions: Ec2SnapshotEntry['createVolumePermissions'] = []): Ec2SnapshotEntry => ({
  SnapshotId,
  VolumeId: 'vol-0123',
  VolumeSize: 8,
  State: 'completed',
  StartTime: '2026-06-01T00:00:00.000Z' as unknown as Date,
  Encrypted: false,
  createVolumePermissions,
});

describe('aws.ec2.snapshots collector', () => {
  it('pages through DescribeSnapshots and hydrates every snapshot once', async () => {
    const sim = await startSimulator({ estate: ec2Estate({ snapshots: ids('snap', 12).map((id) => snapshot(id)) }) });
    try {
      const out = await scanWith(sim, [makeSnapshotsCollector(5)]);
      expect(out.errors).toEqual([]);
      expect(out.assets.map((a) => a.name)).toEqual(ids('snap', 12));
      const calls = sim.stats().byOperation;
      expect(calls['ec2:DescribeSnapshots']).toBe(3);
      expect(calls['ec2:DescribeSnapshotAttribute']).toBe(12);
    } finally {
      await sim.close();
    }
  });

  it('fills the snapshot and its create volume permissions, ARNed without an account', async () => {
    const out = await collectFrom(ec2Estate({ snapshots: [snapshot('snap-public', [{ Group: 'all' }]), snapshot('snap-shared', [{ UserId: '444455556666' }]), snapshot('snap-private')] }), snapshotsCollector);
    expect(out.errors).toEqual([]);
    const pub = byName(out.assets, 'snap-public');
    expect(pub).toMatchObject({ id: `arn:aws:ec2:${REGION}::snapshot/snap-public`, type: 'AWS::EC2::Snapshot', kind: 'storage.snapshot', account: ACCOUNT });
    expect(pub.config.createVolumePermissions).toEqual([{ Group: 'all' }]);
    expect((pub.config.snapshot as Snapshot).OwnerId).toBe(ACCOUNT);
    expect((pub.config.snapshot as Snapshot).StartTime).toBeInstanceOf(Date);
    expect(byName(out.assets, 'snap-private').config.createVolumePermissions).toEqual([]);

    const ctx = fixtureContext(out.assets);
    expect(runRule(notPublic, pub, ctx).status).toBe('fail');
    expect(runRule(notPublic, byName(out.assets, 'snap-shared'), ctx).status).toBe('pass');
  });

  it('a denied DescribeSnapshotAttribute leaves a gap on that snapshot and the rule unknown', async () => {
    const out = await collectFrom(ec2Estate({ snapshots: [snapshot('snap-a', [{ Group: 'all' }]), snapshot('snap-b')] }), snapshotsCollector, {
      faults: [{ effect: 'deny', service: 'ec2', operation: 'DescribeSnapshotAttribute', resource: 'snap-a' }],
    });
    const a = byName(out.assets, 'snap-a');
    expect(a.config).not.toHaveProperty('createVolumePermissions');
    expect(a.gaps.createVolumePermissions).toMatchObject({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'ec2', operation: 'DescribeSnapshotAttribute', code: 'UnauthorizedOperation', resource: 'snap-a' });
    expect(out.errors).toEqual([a.gaps.createVolumePermissions]);
    expect(byName(out.assets, 'snap-b').config.createVolumePermissions).toEqual([]);
    expect(runRule(notPublic, a, fixtureContext(out.assets)).status).toBe('unknown');
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.ec2.snapshots', ok: true })]);
  });

  it('judges a public snapshot against the collected block public access state of its region', async () => {
    const estate = ec2Estate({ snapshots: [snapshot('snap-public', [{ Group: 'all' }])], snapshotBlockPublicAccessState: 'block-all-sharing' });
    const [snaps, bpa] = await Promise.all([collectFrom(estate, snapshotsCollector), collectFrom(estate, snapshotBlockPublicAccessCollector)]);
    const assets = [...snaps.assets, ...bpa.assets];
    expect(bpa.assets[0]).toMatchObject({ id: `arn:aws:ec2:${REGION}:${ACCOUNT}:snapshot-block-public-access`, config: { snapshotBlockPublicAccess: { State: 'block-all-sharing', ManagedBy: 'account' } } });
    expect(runRule(notPublic, byName(assets, 'snap-public'), fixtureContext(assets)).status).toBe('pass');
  });
});
