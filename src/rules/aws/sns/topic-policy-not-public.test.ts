import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './topic-policy-not-public.js';

const ARN = 'arn:aws:sns:us-east-1:111122223333:orders';
const topic = (policy?: object | string) =>
  awsAsset({
    type: 'AWS::SNS::Topic',
    config: { attributes: { Attributes: { TopicArn: ARN, ...(policy === undefined ? {} : { Policy: typeof policy === 'string' ? policy : JSON.stringify(policy) }) } } },
  });
const defaultPolicy = {
  Version: '2008-10-17',
  Statement: [{ Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:Publish', 'SNS:Subscribe'], Resource: ARN, Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } } }],
};

describe(rule.id, () => {
  it.each([
    ['the default topic policy', defaultPolicy, 'pass'],
    ['no policy attribute', undefined, 'pass'],
    ['anyone may publish', { Statement: [{ Sid: 'AnyonePublish', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: ARN }] }, 'fail'],
    ['anyone may subscribe via AWS "*"', { Statement: [{ Sid: 'AnyoneSubscribe', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SNS:Subscribe', Resource: ARN }] }, 'fail'],
    ['"*" pinned to the organization', { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: ARN, Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-exampleorgid' } } }] }, 'pass'],
    ['a policy that is not JSON', '{oops', 'unknown'],
  ])('%s -> %s', (_name, policy, status) => {
    const v = runRule(rule, topic(policy), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('names the public statement in the reason', () => {
    const v = runRule(rule, topic({ Statement: [{ Sid: 'AnyonePublish', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: ARN }] }), fixtureContext([]));
    expect(v.reason).toContain('AnyonePublish');
    expect(v.evidence[0]?.observed).toContain('SNS:Publish');
  });

  it('is unknown when the attributes could not be collected', () => {
    const a = awsAsset({ type: 'AWS::SNS::Topic', gaps: { attributes: deniedGap('sns', 'GetTopicAttributes') } });
    expect(runRule(rule, a, fixtureContext([])).status).toBe('unknown');
  });
});
