import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand, SNSClient, type GetTopicAttributesCommandOutput, type Subscription } from '@aws-sdk/client-sns';
import type { Asset } from '../../../../core/asset.js';
import type { AwsCollectContext, AwsCollector, CallResult } from '../../collector.js';
import { mapInOrder } from '../../map-in-order.js';

/** The call's output without `$metadata` (request ids are not configuration). */
const withoutMetadata = ({ $metadata: _, ...output }: GetTopicAttributesCommandOutput) => output;

/** A topic deleted between the listing and the describe answers NotFound (modeled as NotFoundException). */
const GONE = ['NotFound', 'NotFoundException'];
/** Topics described at once; SNS allows about 30 control-plane calls per second per region. */
const TOPICS_IN_FLIGHT = 4;

async function* listTopics(ctx: AwsCollectContext, sns: SNSClient): AsyncIterable<string> {
  for await (const page of ctx.pages('ListTopics', (token) => sns.send(new ListTopicsCommand({ NextToken: token })), (p) => p.NextToken)) {
    ctx.progress(page.Topics?.length ?? 0);
    for (const t of page.Topics ?? []) if (t.TopicArn) yield t.TopicArn;
  }
}

/** Every page of ListSubscriptionsByTopic (100 per page) as one aspect: a failed page makes it a gap. */
async function subscriptions(ctx: AwsCollectContext, sns: SNSClient, arn: string): Promise<CallResult<{ Subscriptions: Subscription[] } | null>> {
  const all: Subscription[] = [];
  let token: string | undefined;
  let source: string | undefined;
  do {
    const r = await ctx.call('ListSubscriptionsByTopic', () => sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn, NextToken: token })), { resource: arn, absentOn: GONE });
    if (!r.ok || r.value === null) return r.ok ? { ok: true, value: null, source: r.source } : r;
    source = r.source;
    all.push(...(r.value.Subscriptions ?? []));
    token = r.value.NextToken;
  } while (token);
  return { ok: true, value: { Subscriptions: all }, source };
}

async function topicAsset(ctx: AwsCollectContext, sns: SNSClient, arn: string): Promise<Asset | null> {
  const [attributes, subs] = await Promise.all([
    ctx.call('GetTopicAttributes', () => sns.send(new GetTopicAttributesCommand({ TopicArn: arn })), { resource: arn, absentOn: GONE }),
    subscriptions(ctx, sns, arn),
  ]);
  if (attributes.ok && attributes.value === null) return null;
  const asset = ctx.asset({ id: arn, type: 'AWS::SNS::Topic', kind: 'messaging.topic', name: arn.slice(arn.lastIndexOf(':') + 1) });
  ctx.aspect(asset, 'attributes', attributes, (v) => v && withoutMetadata(v));
  ctx.aspect(asset, 'subscriptions', subs);
  return asset;
}

/** SNS topics with their attributes (encryption, access policy) and subscriptions. */
export const topicsCollector: AwsCollector = {
  id: 'aws.sns.topics',
  service: 'sns',
  scope: 'regional',
  types: ['AWS::SNS::Topic'],
  permissions: ['sns:ListTopics', 'sns:GetTopicAttributes', 'sns:ListSubscriptionsByTopic'],
  async *collect(ctx) {
    const sns = ctx.client(SNSClient);
    for await (const asset of mapInOrder(listTopics(ctx, sns), TOPICS_IN_FLIGHT, (arn) => topicAsset(ctx, sns, arn))) if (asset) yield asset;
  },
};
