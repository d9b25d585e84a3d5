import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom } from '../../../../../test/support/aws.js';
import { rule as minLength } from '../../../../rules/aws/iam/password-policy-min-length.js';
import { rule as reuse } from '../../../../rules/aws/iam/password-policy-reuse-prevention.js';
import { passwordPolicyCollector } from './password-policy.js';
import { ACCOUNT, iamEstate } from './test-estate.js';

describe('aws.iam.password-policy', () => {
  it('collects the policy and the rules judge it', async () => {
    const { assets, errors } = await collectFrom(iamEstate({ passwordPolicy: { MinimumPasswordLength: 16, PasswordReusePrevention: 5 } }), passwordPolicyCollector);
    expect(errors).toEqual([]);
    expect(assets[0]).toMatchObject({ id: `arn:aws:iam::${ACCOUNT}:password-policy`, type: 'AWS::IAM::PasswordPolicy', region: 'global', config: { policy: { PasswordPolicy: { MinimumPasswordLength: 16, PasswordReusePrevention: 5 } } } });
    expect(runRule(minLength, assets[0]!, fixtureContext(assets)).status).toBe('pass');
    expect(runRule(reuse, assets[0]!, fixtureContext(assets)).status).toBe('fail');
  });

  it('records NoSuchEntity as null (no policy), not as an error', async () => {
    const { assets, errors } = await collectFrom(iamEstate({}), passwordPolicyCollector);
    expect(errors).toEqual([]);
    expect(assets[0]!.config.policy).toBeNull();
    expect(runRule(minLength, assets[0]!, fixtureContext(assets)).status).toBe('fail');
  });

  it('records a denial as a gap; the rule says unknown rather than "no policy"', async () => {
    const { assets, errors } = await collectFrom(iamEstate({ passwordPolicy: { MinimumPasswordLength: 16 } }), passwordPolicyCollector, { faults: [{ service: 'iam', operation: 'GetAccountPasswordPolicy', effect: 'deny' }] });
    const gap = { provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'iam', operation: 'GetAccountPasswordPolicy', code: 'AccessDenied' };
    expect(assets[0]!.gaps.policy).toMatchObject(gap);
    expect(errors).toEqual([expect.objectContaining(gap)]);
    expect(runRule(minLength, assets[0]!, fixtureContext(assets)).status).toBe('unknown');
  });
});
