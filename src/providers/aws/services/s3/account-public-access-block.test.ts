import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { awsAsset, fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { rule } from '../../../../rules/aws/s3/account-public-access-block-enabled.js';
import { accountPublicAccessBlockCollector } from './account-public-access-block.js';
import { ACCOUNT, ALL_ON, s3Estate } from './test-estate.js';

const accountAsset = awsAsset({ type: 'AWS::::Account', kind: 'account', id: `arn:aws:::account/${ACCOUNT}`, account: ACCOUNT, region: 'global' });

describe('aws.s3control.account-public-access-block', () => {
  it('collects the account setting and the rule passes on it', async () => {
    const { assets, errors } = await collectFrom(s3Estate([], ALL_ON), accountPublicAccessBlockCollector);
    expect(errors).toEqual([]);
    expect(assets).toHaveLength(1);
    expect(assets[0]).toMatchObject({ id: `arn:aws:s3::${ACCOUNT}:account-public-access-block`, type: 'AWS::S3::AccountPublicAccessBlock', region: 'global', config: { publicAccessBlock: ALL_ON } });
    expect(runRule(rule, accountAsset, fixtureContext(assets)).status).toBe('pass');
  });

  it('records a never-configured setting as null and the rule fails', async () => {
    const { assets, errors } = await collectFrom(s3Estate([]), accountPublicAccessBlockCollector);
    expect(errors).toEqual([]);
    expect(assets[0]!.config.publicAccessBlock).toBeNull();
    expect(runRule(rule, accountAsset, fixtureContext(assets)).status).toBe('fail');
  });

  it('still yields the asset when the call is denied, with a gap, and the rule says unknown', async () => {
    const { assets, errors } = await collectFrom(s3Estate([], ALL_ON), accountPublicAccessBlockCollector, { faults: [{ service: 's3control', operation: 'GetPublicAccessBlock', effect: 'deny' }] });
    expect(assets).toHaveLength(1);
    expect(assets[0]!.gaps.publicAccessBlock).toMatchObject({ provider: 'aws', account: ACCOUNT, service: 's3control', operation: 'GetPublicAccessBlock', code: 'AccessDenied' });
    expect(errors).toHaveLength(1);
    const v = runRule(rule, accountAsset, fixtureContext(assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetPublicAccessBlock');
  });
});
