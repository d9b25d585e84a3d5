/**
 * Amazon SQS (awsJson1_0, query-compatible; signing name `sqs`): ListQueues and GetQueueAttributes.
 *
 * Estate section `regional[<region>].sqs` ({@link SqsSection}). Queues are named; the handlers build the
 * queue URL and ARN and AWS's default attributes (SSE-SQS on, as for queues created since 2022, unless a
 * KMS key is set or `SqsManagedSseEnabled` is "false"). ListQueues pages only when `MaxResults` is given
 * (1-1000); without it AWS returns at most 1000 URLs and no token, and so does this handler.
 */
import type { ResourceGenerator } from '../generator.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { sqsGenerator } from './sqs/generator.js';

export interface SqsQueue {
  QueueName: string;
  /** Attributes as GetQueueAttributes returns them (strings); `Policy` / `RedrivePolicy` may be objects. */
  Attributes?: Record<string, string | object>;
  /** ISO time; default 2024-03-01. */
  CreatedAt?: string;
}

export interface SqsSection {
  queues?: SqsQueue[];
}

const UNPAGED_LIMIT = 1000;
const CREATED = '2024-03-01T00:00:00Z';

const queueUrl = (ctx: SimContext, name: string) => `https://sqs.${ctx.region}.amazonaws.com/${ctx.account.id}/${name}`;

function findQueue(ctx: SimContext, url: string | undefined): SqsQueue {
  const m = /\/(\d{12})\/([\w-]+(?:\.fifo)?)$/.exec(url ?? '');
  const q = m && m[1] === ctx.account.id ? (ctx.regional<SqsSection>('sqs').queues ?? []).find((x) => x.QueueName === m[2]) : undefined;
  if (!q) throw new SimError('QueueDoesNotExist', 'The specified queue does not exist.', 400);
  return q;
}

function attributesOf(ctx: SimContext, q: SqsQueue): Record<string, string> {
  const given = Object.fromEntries(Object.entries(q.Attributes ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
  const seconds = String(Math.floor(Date.parse(q.CreatedAt ?? CREATED) / 1000));
  const kms = given.KmsMasterKeyId !== undefined;
  return {
    QueueArn: `arn:aws:sqs:${ctx.region}:${ctx.account.id}:${q.QueueName}`,
    ApproximateNumberOfMessages: '0',
    ApproximateNumberOfMessagesNotVisible: '0',
    ApproximateNumberOfMessagesDelayed: '0',
    CreatedTimestamp: seconds,
    LastModifiedTimestamp: seconds,
    VisibilityTimeout: '30',
    MaximumMessageSize: '262144',
    MessageRetentionPeriod: '345600',
    DelaySeconds: '0',
    ReceiveMessageWaitTimeSeconds: '0',
    SqsManagedSseEnabled: kms ? 'false' : 'true',
    ...(kms ? { KmsDataKeyReusePeriodSeconds: '300' } : {}),
    ...(q.QueueName.endsWith('.fifo') ? { FifoQueue: 'true', ContentBasedDeduplication: 'false', DeduplicationScope: 'queue', FifoThroughputLimit: 'perQueue' } : {}),
    ...given,
  };
}

export const service: SimService = {
  signingName: 'sqs',
  sdk: '@aws-sdk/client-sqs',
  operations: {
    ListQueues(input: { QueueNamePrefix?: string; NextToken?: string; MaxResults?: number }, ctx) {
      if (input.MaxResults !== undefined && (input.MaxResults < 1 || input.MaxResults > UNPAGED_LIMIT))
        throw new SimError('InvalidParameterValue', `Value ${input.MaxResults} for parameter MaxResults is invalid. Reason: Must be between 1 and 1000, if provided.`, 400);
      if (input.NextToken !== undefined && input.MaxResults === undefined)
        throw new SimError('InvalidParameterValue', 'MaxResults is a mandatory parameter when you provide a value for NextToken.', 400);
      const names = (ctx.regional<SqsSection>('sqs').queues ?? [])
        .map((q) => q.QueueName)
        .filter((n) => !input.QueueNamePrefix || n.startsWith(input.QueueNamePrefix))
        .sort();
      if (input.MaxResults === undefined) return { QueueUrls: names.slice(0, UNPAGED_LIMIT).map((n) => queueUrl(ctx, n)) };
      const p = page(names, input.NextToken, input.MaxResults, UNPAGED_LIMIT);
      return { QueueUrls: p.items.map((n) => queueUrl(ctx, n)), NextToken: p.next };
    },

    GetQueueAttributes(input: { QueueUrl?: string; AttributeNames?: string[] }, ctx) {
      const all = attributesOf(ctx, findQueue(ctx, input.QueueUrl));
      const wanted = input.AttributeNames ?? [];
      if (wanted.includes('All')) return { Attributes: all };
      const picked = Object.fromEntries(Object.entries(all).filter(([k]) => wanted.includes(k)));
      return Object.keys(picked).length ? { Attributes: picked } : {};
    },
  },
};

export const generators: ResourceGenerator[] = [sqsGenerator];
