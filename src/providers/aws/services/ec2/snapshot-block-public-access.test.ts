import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { runRule } from '../../../../core/rule.js';
import { rule } from '../../../../rules/aws/ec2/snapshot-block-public-access-enabled.js';
import { snapshotBlockPublicAccessCollector } from './snapshot-block-public-access.js';
import { ACCOUNT, ec2Estate, REGION } from './support/test-estate.js';

describe('aws.ec2.snapshot-block-public-access collector', () => {
  it.each([
    ['block-all-sharing', 'pass'],
    ['unblocked', 'fail'],
  ] as const)('collects state %s (rule: %s)', async (state, status) => {
    const out = await collectFrom(ec2Estate({ snapshotBlockPublicAccessState: state }), snapshotBlockPublicAccessCollector);
    expect(out.assets).toHaveLength(1);
    const [asset] = out.assets;
    expect(asset).toMatchObject({ type: 'AWS::EC2::SnapshotBlockPublicAccess', kind: 'account.setting', config: { snapshotBlockPublicAccess: { State: state } } });
    expect(asset!.config.snapshotBlockPublicAccess).not.toHaveProperty('$metadata');
    expect(runRule(rule, asset!, fixtureContext(out.assets)).status).toBe(status);
  });

  it('a denied call still yields the setting asset, with a gap and an unknown verdict', async () => {
    const out = await collectFrom(ec2Estate({}), snapshotBlockPublicAccessCollector, { faults: [{ effect: 'deny', service: 'ec2', operation: 'GetSnapshotBlockPublicAccessState' }] });
    const [asset] = out.assets;
    expect(asset!.gaps.snapshotBlockPublicAccess).toMatchObject({ account: ACCOUNT, region: REGION, service: 'ec2', operation: 'GetSnapshotBlockPublicAccessState', code: 'UnauthorizedOperation' });
    expect(runRule(rule, asset!, fixtureContext(out.assets)).status).toBe('unknown');
  });
});
