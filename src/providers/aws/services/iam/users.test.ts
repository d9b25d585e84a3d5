import { describe, expect, it } from 'vitest';
import { runRule } from '../../../../core/rule.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { rule as consoleMfa } from '../../../../rules/aws/iam/user-console-mfa.js';
import { rule as noDirectPolicies } from '../../../../rules/aws/iam/user-no-direct-policies.js';
import { rule as singleKey } from '../../../../rules/aws/iam/user-single-active-access-key.js';
import { ACCOUNT, daysAgo, goodUser, iamEstate, manyUsers } from './test-estate.js';
import { usersCollector } from './users.js';

const estate = () =>
  iamEstate({
    users: [
      goodUser('alice'),
      { ...goodUser('bob'), MFADevices: [], AttachedManagedPolicies: ['arn:aws:iam::aws:policy/ReadOnlyAccess'], UserPolicyList: [{ PolicyName: 'inline-s3', PolicyDocument: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 's3:*', Resource: '*' } } }] },
      { UserName: 'ci', CreateDate: daysAgo(300), AccessKeys: [{ CreateDate: daysAgo(200) }, { CreateDate: daysAgo(10) }] },
    ],
    groups: [{ GroupName: 'developers' }],
  });

describe('aws.iam.users', () => {
  it('fills details (decoded policies) and the credential report row', async () => {
    const { assets, errors } = await collectFrom(estate(), usersCollector);
    expect(errors).toEqual([]);
    expect(assets.map((a) => a.name)).toEqual(['alice', 'bob', 'ci']);
    const bob = assets.find((a) => a.name === 'bob')!;
    expect(bob).toMatchObject({ id: `arn:aws:iam::${ACCOUNT}:user/bob`, type: 'AWS::IAM::User', kind: 'identity.user', region: 'global', gaps: {} });
    expect(bob.config.details).toMatchObject({ GroupList: ['developers'], UserPolicyList: [{ PolicyName: 'inline-s3', PolicyDocument: { Statement: { Action: 's3:*' } } }] });
    expect(bob.config.credentials).toMatchObject({ user: 'bob', password_enabled: 'true', mfa_active: 'false', access_key_1_active: 'true' });
  });

  it('gives the user rules what they need: pass and fail on real collected users', async () => {
    const { assets } = await collectFrom(estate(), usersCollector);
    const by = (name: string) => assets.find((a) => a.name === name)!;
    const ctx = fixtureContext(assets);
    expect(runRule(consoleMfa, by('alice'), ctx).status).toBe('pass');
    expect(runRule(consoleMfa, by('bob'), ctx).status).toBe('fail');
    expect(runRule(consoleMfa, by('ci'), ctx).status).toBe('pass');
    expect(runRule(noDirectPolicies, by('bob'), ctx).status).toBe('fail');
    expect(runRule(noDirectPolicies, by('alice'), ctx).status).toBe('pass');
    expect(runRule(singleKey, by('ci'), ctx).status).toBe('fail');
  });

  it('lists every user across several pages, with two bulk reads and no per-user calls', async () => {
    const sim = await startSimulator({ estate: iamEstate({ users: manyUsers(2300) }) });
    try {
      const { assets, errors } = await scanWith(sim, [usersCollector]);
      expect(errors).toEqual([]);
      expect(new Set(assets.map((a) => a.id)).size).toBe(2300);
      expect(assets.every((a) => 'credentials' in a.config && 'details' in a.config)).toBe(true);
      const ops = sim.stats().byOperation;
      expect(ops['iam:GetAccountAuthorizationDetails']).toBe(3);
      expect(ops['iam:GetCredentialReport']).toBe(1);
      expect(ops['iam:ListAccessKeys'] ?? 0).toBe(0);
    } finally {
      await sim.close();
    }
  });

  it('records a denied credential report as a gap on every user; the rules say unknown', async () => {
    const { assets, errors } = await collectFrom(estate(), usersCollector, { faults: [{ service: 'iam', operation: 'GenerateCredentialReport', effect: 'deny' }] });
    expect(assets).toHaveLength(3);
    const gap = { provider: 'aws', account: ACCOUNT, region: 'us-east-1', service: 'iam', operation: 'GenerateCredentialReport', code: 'AccessDenied' };
    expect(errors).toEqual([expect.objectContaining(gap)]);
    for (const a of assets) {
      expect(a.gaps.credentials).toMatchObject(gap);
      expect(a.config.details).toBeDefined();
    }
    const v = runRule(consoleMfa, assets[1]!, fixtureContext(assets));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GenerateCredentialReport');
  });

  it('marks a user created after the (reused) credential report as a gap, not as credential-free', async () => {
    const e = estate();
    const sim = await startSimulator({ estate: e });
    try {
      await scanWith(sim, [usersCollector]);
      e.accounts[0]!.global.iam.users.push(goodUser('late-joiner'));
      const { assets } = await scanWith(sim, [usersCollector]);
      const late = assets.find((a) => a.name === 'late-joiner')!;
      expect(late.config.details).toBeDefined();
      expect(late.gaps.credentials).toMatchObject({ operation: 'GetCredentialReport', code: 'NotInCredentialReport', resource: `arn:aws:iam::${ACCOUNT}:user/late-joiner` });
      expect(runRule(consoleMfa, late, fixtureContext(assets)).status).toBe('unknown');
      expect(runRule(consoleMfa, assets.find((a) => a.name === 'bob')!, fixtureContext(assets)).status).toBe('fail');
    } finally {
      await sim.close();
    }
  });

  it('fails the listing when GetAccountAuthorizationDetails is denied', async () => {
    const { assets, coverage } = await collectFrom(estate(), usersCollector, { faults: [{ service: 'iam', operation: 'GetAccountAuthorizationDetails', effect: 'deny' }] });
    expect(assets).toEqual([]);
    expect(coverage).toEqual([expect.objectContaining({ collector: 'aws.iam.users', ok: false, error: expect.objectContaining({ operation: 'GetAccountAuthorizationDetails', code: 'AccessDenied' }) })]);
  });
});
