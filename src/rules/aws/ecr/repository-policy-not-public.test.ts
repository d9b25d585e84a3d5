import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './repository-policy-not-public.js';
import { deniedRepo, repoAsset } from './support/fixtures.js';

const PULL = ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'];
const doc = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

describe(rule.id, () => {
  it.each([
    ['no policy', null, 'pass'],
    ['named account', doc({ Sid: 'Prod', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: PULL }), 'pass'],
    ['"*" limited to the organization', doc({ Sid: 'Org', Effect: 'Allow', Principal: '*', Action: PULL, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }), 'pass'],
    ['Lambda service pulling for one account', doc({ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: PULL, Condition: { StringLike: { 'aws:sourceArn': 'arn:aws:lambda:us-east-1:111122223333:function:*' } } }), 'pass'],
    ['anyone may pull', doc({ Sid: 'PublicPull', Effect: 'Allow', Principal: '*', Action: PULL }), 'fail'],
    ['anyone may do anything', doc({ Sid: 'All', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'ecr:*' }), 'fail'],
    ['"*" with an org condition that only applies if present', doc({ Effect: 'Allow', Principal: '*', Action: PULL, Condition: { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }), 'fail'],
  ])('%s -> %s', (_name, policy, status) => {
    const v = runRule(rule, repoAsset({ policy }), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('says whether anyone can push or only pull', () => {
    expect(runRule(rule, repoAsset({ policy: doc({ Effect: 'Allow', Principal: '*', Action: PULL }) }), fixtureContext([])).reason).toContain('pull');
    expect(runRule(rule, repoAsset({ policy: doc({ Effect: 'Allow', Principal: '*', Action: 'ecr:Put*' }) }), fixtureContext([])).reason).toContain('push');
  });

  it('is unknown when GetRepositoryPolicy was denied', () => {
    expect(runRule(rule, deniedRepo('policy', 'GetRepositoryPolicy'), fixtureContext([])).status).toBe('unknown');
  });
});
