import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import type { Status } from '../../../core/verdict.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './snapshot-not-public.js';

const dbSnapshot = (restore: string[] | null, type = 'manual') =>
  awsAsset({
    type: 'AWS::RDS::DBSnapshot',
    config: {
      snapshot: { DBSnapshotIdentifier: 's1', SnapshotType: type },
      attributes: restore === null ? null : { DBSnapshotIdentifier: 's1', DBSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restore }] },
    },
  });

const clusterSnapshot = (restore: string[]) =>
  awsAsset({
    type: 'AWS::RDS::DBClusterSnapshot',
    config: {
      snapshot: { DBClusterSnapshotIdentifier: 'cs1', SnapshotType: 'manual' },
      attributes: { DBClusterSnapshotIdentifier: 'cs1', DBClusterSnapshotAttributes: [{ AttributeName: 'restore', AttributeValues: restore }] },
    },
  });

describe(rule.id, () => {
  it.each<{ name: string; asset: ReturnType<typeof awsAsset>; expect: Status; reason?: RegExp }>([
    { name: 'private DB snapshot', asset: dbSnapshot([]), expect: 'pass', reason: /private/ },
    { name: 'shared with one account only', asset: dbSnapshot(['444455556666']), expect: 'pass', reason: /444455556666/ },
    { name: 'public DB snapshot', asset: dbSnapshot(['all']), expect: 'fail', reason: /public/ },
    { name: 'public and shared with an account', asset: dbSnapshot(['444455556666', 'all']), expect: 'fail' },
    { name: 'public cluster snapshot', asset: clusterSnapshot(['all']), expect: 'fail' },
    { name: 'private cluster snapshot', asset: clusterSnapshot([]), expect: 'pass' },
    { name: 'automated snapshots cannot be shared', asset: dbSnapshot(['all'], 'automated'), expect: 'not_applicable' },
    { name: 'snapshot vanished before its attributes were read', asset: dbSnapshot(null), expect: 'unknown' },
  ])('$name -> $expect', ({ asset, expect: status, reason }) => {
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe(status);
    if (reason) expect(v.reason).toMatch(reason);
    if (status === 'pass' || status === 'fail') expect(v.evidence[0]?.path).toMatch(/^config\.attributes\.DB(Cluster)?SnapshotAttributes\[0\]\.AttributeValues$/);
  });

  it('a restore attribute naming "all" is evidence of the public grant', () => {
    const v = runRule(rule, dbSnapshot(['all']), fixtureContext([]));
    expect(v.evidence[0]?.observed).toEqual(['all']);
  });

  it('is unknown when DescribeDBSnapshotAttributes was denied', () => {
    const asset = awsAsset({ type: 'AWS::RDS::DBSnapshot', config: { snapshot: { SnapshotType: 'manual' } }, gaps: { attributes: deniedGap('rds', 'DescribeDBSnapshotAttributes') } });
    const v = runRule(rule, asset, fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('DescribeDBSnapshotAttributes');
  });
});
