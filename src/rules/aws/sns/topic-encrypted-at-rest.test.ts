import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './topic-encrypted-at-rest.js';

const topic = (attrs: Record<string, string>) =>
  awsAsset({ type: 'AWS::SNS::Topic', config: { attributes: { Attributes: { TopicArn: 'arn:aws:sns:us-east-1:111122223333:orders', ...attrs } } } });

describe(rule.id, () => {
  it.each([
    ['the AWS managed key', { KmsMasterKeyId: 'alias/aws/sns' }, 'pass', 'alias/aws/sns'],
    ['a customer managed key', { KmsMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }, 'pass', 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'],
    ['no key attribute', {}, 'fail', null],
    ['an empty key attribute', { KmsMasterKeyId: '' }, 'fail', null],
  ])('%s -> %s', (_name, attrs, status, observed) => {
    expect(runRule(rule, topic(attrs), fixtureContext([]))).toMatchObject({ status, evidence: [{ path: 'config.attributes.Attributes.KmsMasterKeyId', observed }] });
  });

  it('is unknown when GetTopicAttributes was denied', () => {
    const a = awsAsset({ type: 'AWS::SNS::Topic', gaps: { attributes: deniedGap('sns', 'GetTopicAttributes', 'AuthorizationError') } });
    expect(runRule(rule, a, fixtureContext([]))).toMatchObject({ status: 'unknown', reason: expect.stringContaining('GetTopicAttributes') });
  });

  it('maps to SNS.1', () => {
    expect(rule.compliance).toEqual([{ framework: 'aws-fsbp', control: 'SNS.1' }]);
  });
});
