import { describe, expect, it } from 'vitest';
import { awsAsset, deniedGap } from '../../../../test/support/assets.js';
import { rule } from './snapshot-block-public-access-enabled.js';
import { verdict } from './support/fixtures.js';

const setting = (config: Record<string, unknown>, gaps = {}) => awsAsset({ type: 'AWS::EC2::SnapshotBlockPublicAccess', kind: 'account.setting', config, gaps });

describe(rule.id, () => {
  it.each([
    ['block-all-sharing', 'pass'],
    ['block-new-sharing', 'fail'],
    ['unblocked', 'fail'],
  ])('%s -> %s', (state, status) => {
    const v = verdict(rule, setting({ snapshotBlockPublicAccess: { State: state, ManagedBy: 'account' } }));
    expect(v.status).toBe(status);
    expect(v.evidence).toEqual([{ path: 'config.snapshotBlockPublicAccess.State', observed: state, expected: 'block-all-sharing' }]);
  });

  it('is unknown when the call was denied', () => {
    expect(verdict(rule, setting({}, { snapshotBlockPublicAccess: deniedGap('ec2', 'GetSnapshotBlockPublicAccessState') })).status).toBe('unknown');
  });

  it('is unknown when no state was returned', () => {
    expect(verdict(rule, setting({ snapshotBlockPublicAccess: {} })).status).toBe('unknown');
  });
});
