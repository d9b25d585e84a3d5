import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './support-role-exists.js';

const ACCOUNT = '111122223333';
const account = awsAsset({ type: 'AWS::::Account', kind: 'account', region: 'global', account: ACCOUNT, id: `arn:aws:::account/${ACCOUNT}`, config: { regions: ['us-east-1'] } });
const role = (name: string, arns: string[], account_ = ACCOUNT) =>
  awsAsset({ type: 'AWS::IAM::Role', kind: 'identity.role', region: 'global', account: account_, id: `arn:aws:iam::${account_}:role/${name}`, name, config: { details: { AttachedManagedPolicies: arns.map((a) => ({ PolicyArn: a, PolicyName: a.split('/').pop() })) } } });

describe(rule.id, () => {
  it('passes when a role has AWSSupportAccess', () => {
    const v = runRule(rule, account, fixtureContext([role('app', []), role('support', ['arn:aws:iam::aws:policy/AWSSupportAccess'])]));
    expect(v.status).toBe('pass');
    expect(v.evidence[0]?.observed).toEqual(['support']);
  });

  it('fails when no role has it', () => {
    expect(runRule(rule, account, fixtureContext([role('app', ['arn:aws:iam::aws:policy/ReadOnlyAccess'])])).status).toBe('fail');
  });

  it('does not count a customer policy that happens to be named AWSSupportAccess', () => {
    expect(runRule(rule, account, fixtureContext([role('fake', [`arn:aws:iam::${ACCOUNT}:policy/AWSSupportAccess`])])).status).toBe('fail');
  });

  it('ignores roles of other accounts', () => {
    expect(runRule(rule, account, fixtureContext([role('support', ['arn:aws:iam::aws:policy/AWSSupportAccess'], '999999999999')])).status).toBe('fail');
  });

  it('is unknown when the role listing was incomplete', () => {
    const v = runRule(rule, account, fixtureContext([], { 'AWS::IAM::Role': [deniedGap('iam', 'GetAccountAuthorizationDetails')] }));
    expect(v.status).toBe('unknown');
  });
});
