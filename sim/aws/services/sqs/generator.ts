/**
 * Benchmark SQS queues for one account and region: work queues with dead-letter queues. About one in
 * ten predates default encryption (SSE off), a quarter use KMS, and a few carry a queue policy open to
 * everyone; most policies are the usual SNS fan-out grants pinned by aws:SourceArn.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, resourceName, uuid } from '../logs/random.js';
import type { SqsSection } from '../sqs.js';

export const sqsGenerator: ResourceGenerator = {
  service: 'sqs',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const queues: NonNullable<SqsSection['queues']> = [];
    for (let i = 0; i < n; i++) {
      const name = resourceName(rng, i);
      const arn = `arn:aws:sqs:${region}:${accountId}:${name}`;
      const Attributes: Record<string, string | object> = {};
      const r = rng();
      if (r < 0.1) Attributes.SqsManagedSseEnabled = 'false';
      else if (r < 0.35) Attributes.KmsMasterKeyId = chance(rng, 0.5) ? 'alias/aws/sqs' : `arn:aws:kms:${region}:${accountId}:key/${uuid(rng)}`;
      if (chance(rng, 0.03)) {
        Attributes.Policy = { Version: '2012-10-17', Statement: [{ Sid: 'AnyoneCanSend', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: arn }] };
      } else if (chance(rng, 0.4)) {
        Attributes.Policy = {
          Version: '2012-10-17',
          Statement: [{ Sid: 'FromTopic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: arn, Condition: { ArnEquals: { 'aws:SourceArn': `arn:aws:sns:${region}:${accountId}:${name}` } } }],
        };
      }
      if (chance(rng, 0.5)) Attributes.RedrivePolicy = { deadLetterTargetArn: `${arn}-dlq`, maxReceiveCount: 5 };
      queues.push({ QueueName: name, Attributes, CreatedAt: new Date(Date.parse('2020-06-01T00:00:00Z') + Math.floor(rng() * 6 * 365) * 86_400_000).toISOString() });
    }
    return { section: { queues } satisfies SqsSection, assets: queues.length };
  },
};
