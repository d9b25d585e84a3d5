import { describe, expect, it } from 'vitest';
import { fixtureContext } from '../../../../test/support/assets.js';
import { runRule } from '../../../core/rule.js';
import { rule } from './function-not-public.js';
import { deniedFunction, FUNCTION_ARN, functionAsset, policy } from './support/fixtures.js';

const invoke = { Action: 'lambda:InvokeFunction', Resource: FUNCTION_ARN, Effect: 'Allow' };
const run = (p: unknown) => runRule(rule, functionAsset({}, p), fixtureContext([]));

describe(rule.id, () => {
  it.each([
    ['no policy', null, 'pass'],
    ['same-account role', policy({ ...invoke, Sid: 'role', Principal: { AWS: 'arn:aws:iam::111122223333:role/caller' } }), 'pass'],
    ['Principal "*"', policy({ ...invoke, Sid: 'anyone', Principal: '*' }), 'fail'],
    ['Principal AWS "*" in a list', policy({ ...invoke, Sid: 'anyone', Principal: { AWS: ['arn:aws:iam::444455556666:root', '*'] } }), 'fail'],
    ['NotPrincipal', policy({ ...invoke, Sid: 'notme', NotPrincipal: { AWS: 'arn:aws:iam::444455556666:root' } }), 'fail'],
    ['"*" pinned by aws:SourceAccount', policy({ ...invoke, Principal: '*', Condition: { StringEquals: { 'AWS:SourceAccount': '111122223333' } } }), 'pass'],
    ['"*" pinned by aws:PrincipalOrgID', policy({ ...invoke, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }), 'pass'],
    ['"*" with aws:SourceAccount wildcard', policy({ ...invoke, Principal: '*', Condition: { StringLike: { 'AWS:SourceAccount': '*' } } }), 'fail'],
    ['"*" with an IfExists condition', policy({ ...invoke, Principal: '*', Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } } }), 'fail'],
    ['"*" with a policy variable', policy({ ...invoke, Principal: '*', Condition: { StringEquals: { 'aws:PrincipalOrgID': '${aws:PrincipalTag/org}' } } }), 'fail'],
    ['"*" pinned by an execute-api ARN in one account', policy({ ...invoke, Principal: '*', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:111122223333:abc123/*' } } }), 'pass'],
    ['"*" with an ARN wildcarding the account', policy({ ...invoke, Principal: '*', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:*:abc123/*' } } }), 'fail'],
    ['function URL with AuthType NONE', policy({ Sid: 'url', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Resource: FUNCTION_ARN, Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } }), 'fail'],
    ['S3 trigger with aws:SourceAccount', policy({ ...invoke, Principal: { Service: 's3.amazonaws.com' }, Condition: { StringEquals: { 'AWS:SourceAccount': '111122223333' }, ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } } }), 'pass'],
    ['S3 trigger pinned only by the bucket ARN', policy({ ...invoke, Sid: 's3', Principal: { Service: 's3.amazonaws.com' }, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::uploads' } } }), 'fail'],
    ['SNS trigger pinned by topic ARN', policy({ ...invoke, Principal: { Service: 'sns.amazonaws.com' }, Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders' } } }), 'pass'],
    ['Deny "*" only', policy({ ...invoke, Effect: 'Deny', Principal: '*' }), 'pass'],
  ])('%s -> %s', (_name, p, status) => {
    const v = run(p);
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('names the open statement and the function URL in the evidence', () => {
    const v = run(policy({ Sid: 'FunctionURLAllowPublicAccess', Effect: 'Allow', Principal: '*', Action: 'lambda:InvokeFunctionUrl', Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } } }));
    expect(v.evidence[0]).toMatchObject({ path: 'config.policy.Statement[0]' });
    expect(String(v.evidence[0]!.observed)).toContain('FunctionURLAllowPublicAccess');
    expect(String(v.evidence[0]!.observed)).toContain('AuthType NONE');
  });

  it('is unknown when the policy is not a document', () => {
    expect(run('not json').status).toBe('unknown');
  });

  it('is unknown when GetPolicy was denied', () => {
    const v = runRule(rule, deniedFunction('policy', 'GetPolicy'), fixtureContext([]));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain('GetPolicy');
  });
});
