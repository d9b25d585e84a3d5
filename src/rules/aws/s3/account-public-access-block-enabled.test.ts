import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './account-public-access-block-enabled.js';
import { ACCOUNT_BLOCK_TYPE } from '../../../analysis/aws/s3/block-settings.js';
import { accountBlock, ALL_ON, OTHER, OWNER } from './support/fixtures.js';

const account = awsAsset({ type: 'AWS::::Account', kind: 'account', id: `arn:aws:::account/${OWNER}`, account: OWNER, region: 'global', config: { regions: ['us-east-1'] } });

describe(rule.id, () => {
  const cases: Array<[string, ReturnType<typeof fixtureContext>, string]> = [
    ['all four settings on passes', fixtureContext([accountBlock(ALL_ON)]), 'pass'],
    ['one setting off fails', fixtureContext([accountBlock({ ...ALL_ON, RestrictPublicBuckets: false })]), 'fail'],
    ['a setting left unset fails', fixtureContext([accountBlock({ BlockPublicAcls: true, IgnorePublicAcls: true, BlockPublicPolicy: true })]), 'fail'],
    ['no configuration (NoSuchPublicAccessBlockConfiguration) fails', fixtureContext([accountBlock(null)]), 'fail'],
    ['denied GetPublicAccessBlock is unknown', fixtureContext([accountBlock('denied')]), 'unknown'],
    ['setting never collected is unknown', fixtureContext([]), 'unknown'],
    ['another account\'s block does not count', fixtureContext([accountBlock(ALL_ON, OTHER)]), 'unknown'],
    ['failed listing is unknown', fixtureContext([accountBlock(ALL_ON)], { [ACCOUNT_BLOCK_TYPE]: [deniedGap('s3control', 'GetPublicAccessBlock')] }), 'unknown'],
  ];

  it.each(cases)('%s', (_name, ctx, status) => {
    const v = runRule(rule, account, ctx);
    expect(v.status, v.reason).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('names the settings that are off', () => {
    const v = runRule(rule, account, fixtureContext([accountBlock({ ...ALL_ON, IgnorePublicAcls: false, BlockPublicPolicy: false })]));
    expect(v.reason).toContain('IgnorePublicAcls');
    expect(v.reason).toContain('BlockPublicPolicy');
    expect(v.reason).not.toContain('RestrictPublicBuckets');
  });
});
