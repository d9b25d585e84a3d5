import type { CreateVolumePermission } from '@aws-sdk/client-ec2';
import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule, SNAPSHOT_BPA_TYPE } from './snapshot-not-publicly-restorable.js';
import { verdict } from './support/fixtures.js';

const snapshot = (perms: CreateVolumePermission[] | undefined) =>
  awsAsset({
    type: 'AWS::EC2::Snapshot',
    kind: 'storage.snapshot',
    name: 'snap-1',
    config: perms ? { snapshot: { SnapshotId: 'snap-1' }, createVolumePermissions: perms } : { snapshot: { SnapshotId: 'snap-1' } },
    gaps: perms ? {} : { createVolumePermissions: deniedGap('ec2', 'DescribeSnapshotAttribute', 'UnauthorizedOperation') },
  });
const bpa = (state: string | undefined, region = 'us-east-1') =>
  awsAsset({
    id: `arn:aws:ec2:${region}:111122223333:snapshot-block-public-access`,
    type: SNAPSHOT_BPA_TYPE,
    region,
    config: state ? { snapshotBlockPublicAccess: { State: state } } : {},
    gaps: state ? {} : { snapshotBlockPublicAccess: deniedGap('ec2', 'GetSnapshotBlockPublicAccessState') },
  });
const unblocked = fixtureContext([bpa('unblocked')]);

describe(rule.id, () => {
  it.each([
    ['not shared', [], unblocked, 'pass'],
    ['shared with one account', [{ UserId: '444455556666' }], unblocked, 'pass'],
    ['shared with all, block public access unblocked', [{ Group: 'all' as const }], unblocked, 'fail'],
    ['shared with all, block-new-sharing (existing shares stay public)', [{ Group: 'all' as const }], fixtureContext([bpa('block-new-sharing')]), 'fail'],
    ['shared with all, block-all-sharing makes it private', [{ Group: 'all' as const }], fixtureContext([bpa('block-all-sharing')]), 'pass'],
    ['shared with all, block-all-sharing only in another region', [{ Group: 'all' as const }], fixtureContext([bpa('block-all-sharing', 'eu-west-1')]), 'fail'],
    ['shared with all, block public access state not collected', [{ Group: 'all' as const }], fixtureContext([bpa(undefined)]), 'unknown'],
    [
      'shared with all, block public access listing failed',
      [{ Group: 'all' as const }],
      fixtureContext([], { [SNAPSHOT_BPA_TYPE]: [deniedGap('ec2', 'GetSnapshotBlockPublicAccessState')] }),
      'unknown',
    ],
  ])('%s -> %s', (_name, perms, ctx, status) => {
    expect(verdict(rule, snapshot(perms), ctx).status).toBe(status);
  });

  it('points at the public grant in the evidence', () => {
    const v = verdict(rule, snapshot([{ UserId: '444455556666' }, { Group: 'all' }]), unblocked);
    expect(v.evidence[0]).toEqual({ path: 'config.createVolumePermissions[1].Group', observed: 'all', expected: 'no "all" group' });
  });

  it('does not need the block public access state when nothing is public', () => {
    const ctx = fixtureContext([], { [SNAPSHOT_BPA_TYPE]: [deniedGap('ec2', 'GetSnapshotBlockPublicAccessState')] });
    expect(verdict(rule, snapshot([]), ctx).status).toBe('pass');
  });

  it('is unknown when the permissions could not be read', () => {
    expect(verdict(rule, snapshot(undefined), unblocked).status).toBe('unknown');
  });
});
