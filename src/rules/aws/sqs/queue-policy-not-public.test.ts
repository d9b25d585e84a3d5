import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './queue-policy-not-public.js';

const ARN = 'arn:aws:sqs:us-east-1:111122223333:jobs';
const queue = (policy?: object) =>
  awsAsset({ type: 'AWS::SQS::Queue', config: { attributes: { Attributes: { QueueArn: ARN, ...(policy ? { Policy: JSON.stringify(policy) } : {}) } } } });

describe(rule.id, () => {
  it.each([
    ['no policy', undefined, 'pass'],
    ['SNS fan-out pinned by aws:SourceArn', { Statement: [{ Sid: 'FromTopic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: ARN, Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders' } } }] }, 'pass'],
    ['"*" pinned by aws:SourceArn of a topic', { Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: ARN, Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders' } } }] }, 'pass'],
    ['anyone may send', { Statement: [{ Sid: 'AnyoneSend', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: ARN }] }, 'fail'],
    ['anyone may receive', { Statement: [{ Sid: 'AnyoneReceive', Effect: 'Allow', Principal: { AWS: '*' }, Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage'], Resource: ARN }] }, 'fail'],
  ])('%s -> %s', (_name, policy, status) => {
    const v = runRule(rule, queue(policy), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.length).toBeGreaterThan(0);
  });

  it('is unknown when the attributes could not be collected', () => {
    const a = awsAsset({ type: 'AWS::SQS::Queue', gaps: { attributes: deniedGap('sqs', 'GetQueueAttributes') } });
    expect(runRule(rule, a, fixtureContext([])).status).toBe('unknown');
  });
});
