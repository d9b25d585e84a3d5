import { describe, expect, it } from 'vitest';
import { runRule } from '../../../core/rule.js';
import { awsAsset, deniedGap, fixtureContext } from '../../../../test/support/assets.js';
import { rule } from './queue-encrypted-at-rest.js';

const queue = (attrs: Record<string, string>) =>
  awsAsset({ type: 'AWS::SQS::Queue', config: { attributes: { Attributes: { QueueArn: 'arn:aws:sqs:us-east-1:111122223333:jobs', ...attrs } } } });

describe(rule.id, () => {
  it.each([
    ['SSE-SQS', { SqsManagedSseEnabled: 'true' }, 'pass'],
    ['SSE-KMS with the AWS managed key', { KmsMasterKeyId: 'alias/aws/sqs', SqsManagedSseEnabled: 'false' }, 'pass'],
    ['SSE-KMS with a customer key', { KmsMasterKeyId: 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' }, 'pass'],
    ['encryption turned off', { SqsManagedSseEnabled: 'false' }, 'fail'],
    ['no encryption attributes (old queue)', {}, 'fail'],
  ])('%s -> %s', (_name, attrs, status) => {
    const v = runRule(rule, queue(attrs), fixtureContext([]));
    expect(v.status).toBe(status);
    expect(v.evidence.map((e) => e.path)).toEqual(['config.attributes.Attributes.KmsMasterKeyId', 'config.attributes.Attributes.SqsManagedSseEnabled']);
  });

  it('is unknown when GetQueueAttributes was denied', () => {
    const a = awsAsset({ type: 'AWS::SQS::Queue', gaps: { attributes: deniedGap('sqs', 'GetQueueAttributes') } });
    expect(runRule(rule, a, fixtureContext([]))).toMatchObject({ status: 'unknown', reason: expect.stringContaining('GetQueueAttributes') });
  });
});
