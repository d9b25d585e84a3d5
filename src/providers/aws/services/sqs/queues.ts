import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient, type GetQueueAttributesCommandOutput } from '@aws-sdk/client-sqs';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, AwsCollector } from '../../collector.js';
import { mapInOrder } from '../../map-in-order.js';

/** The call's output without `$metadata` (request ids are not configuration). */
const withoutMetadata = ({ $metadata: _, ...output }: GetQueueAttributesCommandOutput) => output;

/** A queue deleted between the listing and the describe; the legacy query code is what older stacks send. */
const GONE = ['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue'];
/** ListQueues only pages when MaxResults is set; without it AWS silently stops at 1000 queues. */
const PAGE_SIZE = 1000;
const QUEUES_IN_FLIGHT = 8;

async function* listQueues(ctx: AwsCollectContext, sqs: SQSClient, pageSize: number): AsyncIterable<string> {
  for await (const page of ctx.pages('ListQueues', (token) => sqs.send(new ListQueuesCommand({ MaxResults: pageSize, NextToken: token })), (p) => p.NextToken)) {
    ctx.progress(page.QueueUrls?.length ?? 0);
    yield* page.QueueUrls ?? [];
  }
}

async function queueAsset(ctx: AwsCollectContext, sqs: SQSClient, url: string): Promise<Asset | null> {
  const attributes = await ctx.call('GetQueueAttributes', () => sqs.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })), { resource: url, absentOn: GONE });
  if (attributes.ok && attributes.value === null) return null;
  const name = url.slice(url.lastIndexOf('/') + 1);
  const asset = ctx.asset({ id: `arn:${ctx.partition}:sqs:${ctx.region}:${ctx.account}:${name}`, type: 'AWS::SQS::Queue', kind: 'messaging.queue', name });
  ctx.aspect(asset, 'attributes', attributes, (v) => v && withoutMetadata(v));
  return asset;
}

/** SQS queues with all their attributes (encryption, access policy), from ListQueues + GetQueueAttributes(All). */
export function queuesCollectorWith({ pageSize = PAGE_SIZE, inFlight = QUEUES_IN_FLIGHT } = {}): AwsCollector {
  return {
    id: 'aws.sqs.queues',
    service: 'sqs',
    scope: 'regional',
    types: ['AWS::SQS::Queue'],
    permissions: ['sqs:ListQueues', 'sqs:GetQueueAttributes'],
    async *collect(ctx) {
      const sqs = ctx.client(SQSClient);
      for await (const asset of mapInOrder(listQueues(ctx, sqs, pageSize), inFlight, (url) => queueAsset(ctx, sqs, url))) if (asset) yield asset;
    },
  };
}

export const queuesCollector = queuesCollectorWith();
