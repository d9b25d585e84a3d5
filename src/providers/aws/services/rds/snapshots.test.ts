import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule as notPublic } from '../../../../rules/aws/rds/snapshot-not-public.js';
import { clusterSnapshotsCollector } from './cluster-snapshots.js';
import { snapshotsCollector } from './snapshots.js';
import { ACCOUNT, names, rdsEstate, REGION } from './test-estate.js';

const estate = rdsEstate({
  snapshots: [
    { DBSnapshotIdentifier: 'orders-public', DBInstanceIdentifier: 'orders', restore: ['all'] },
    { DBSnapshotIdentifier: 'orders-shared', DBInstanceIdentifier: 'orders', restore: ['444455556666'], Encrypted: true },
    { DBSnapshotIdentifier: 'orders-private', DBInstanceIdentifier: 'orders' },
    { DBSnapshotIdentifier: 'rds:orders-2026-11-28-03-00', DBInstanceIdentifier: 'orders', SnapshotType: 'automated' },
  ],
  clusterSnapshots: [{ DBClusterSnapshotIdentifier: 'aurora-public', DBClusterIdentifier: 'aurora', restore: ['all'] }],
});

describe('aws.rds.snapshots collector', () => {
  it('collects manual snapshots with their sharing attributes; automated ones cannot be shared and are skipped', async () => {
    const out = await collectFrom(estate, snapshotsCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['orders-private', 'orders-public', 'orders-shared']);
    const pub = out.assets.find((a) => a.name === 'orders-public')!;
    expect(pub).toMatchObject({ id: `arn:aws:rds:${REGION}:${ACCOUNT}:snapshot:orders-public`, type: 'AWS::RDS::DBSnapshot', kind: 'database.snapshot' });
    expect(pub.config.attributes).toEqual({ DBSnapshotIdentifier: 'orders-public', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: ['all'] }] });
    const ctx = fixtureContext(out.assets);
    expect(runRule(notPublic, pub, ctx).status).toBe('fail');
    expect(runRule(notPublic, out.assets.find((a) => a.name === 'orders-shared')!, ctx).status).toBe('pass');
  });

  it('pages through the listing and hydrates every snapshot once', async () => {
    const sim = await startSimulator({ estate: rdsEstate({ snapshots: names('snap', 230).map((DBSnapshotIdentifier) => ({ DBSnapshotIdentifier })) }) });
    try {
      const out = await scanWith(sim, [snapshotsCollector]);
      expect(new Set(out.assets.map((a) => a.name)).size).toBe(230);
      expect(out.assets.every((a) => 'attributes' in a.config)).toBe(true);
      expect(sim.stats().byOperation['rds:DescribeDBSnapshots']).toBe(3);
      expect(sim.stats().byOperation['rds:DescribeDBSnapshotAttributes']).toBe(230);
    } finally {
      await sim.close();
    }
  });

  it('a denied attribute call leaves a gap, names the call, and the public-snapshot rule says unknown', async () => {
    const out = await collectFrom(estate, snapshotsCollector, { faults: [{ effect: 'deny', service: 'rds', operation: 'DescribeDBSnapshotAttributes' }] });
    expect(out.assets).toHaveLength(3);
    const pub = out.assets.find((a) => a.name === 'orders-public')!;
    expect(pub.gaps.attributes).toMatchObject({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'rds', operation: 'DescribeDBSnapshotAttributes', code: 'AccessDenied', resource: 'orders-public' });
    expect(out.errors).toHaveLength(3);
    const v = runRule(notPublic, pub, fixtureContext(out.assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('DescribeDBSnapshotAttributes');
  });
});

describe('aws.rds.cluster-snapshots collector', () => {
  it('collects manual cluster snapshots with their sharing attributes', async () => {
    const out = await collectFrom(estate, clusterSnapshotsCollector);
    expect(out.assets).toHaveLength(1);
    const a = out.assets[0]!;
    expect(a).toMatchObject({ id: `arn:aws:rds:${REGION}:${ACCOUNT}:cluster-snapshot:aurora-public`, type: 'AWS::RDS::DBClusterSnapshot' });
    expect(runRule(notPublic, a, fixtureContext(out.assets)).status).toBe('fail');
  });
});
