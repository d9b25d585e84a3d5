/**
 * Amazon SNS (awsQuery, signing name `sns`): ListTopics, GetTopicAttributes, ListSubscriptionsByTopic.
 *
 * Estate section `regional[<region>].sns` ({@link SnsSection}). Topics are named; the handlers build the
 * ARN, the default access policy AWS attaches when none is given (Principal "*" limited by
 * AWS:SourceOwner), the subscription counters and subscription ARNs (`PendingConfirmation` for pending
 * ones, `Deleted` for deleted ones). Listings page 100 at a time with `NextToken`; unknown topics answer
 * NotFound, malformed ARNs InvalidParameter, as SNS does.
 */
import type { ResourceGenerator } from '../generator.js';
import { hashSeed, seededRng } from '../rng.js';
import { page, SimError, type SimContext, type SimService } from '../service.js';
import { uuid } from './logs/random.js';
import { snsGenerator } from './sns/generator.js';

export interface SnsSubscription {
  Protocol: string;
  Endpoint: string;
  /** Default confirmed. */
  Status?: 'confirmed' | 'pending' | 'deleted';
}

export interface SnsTopic {
  /** Topic name (`alerts`, `orders.fifo`). */
  Name: string;
  /** Topic attributes as GetTopicAttributes returns them (strings); `Policy` may be given as an object. */
  Attributes?: Record<string, string | object>;
  Subscriptions?: SnsSubscription[];
}

export interface SnsSection {
  topics?: SnsTopic[];
}

const PAGE = 100;
const ARN = /^arn:aws[\w-]*:sns:([a-z0-9-]+):(\d{12}):([\w.-]+)$/;

function topicArn(ctx: SimContext, name: string): string {
  return `arn:aws:sns:${ctx.region}:${ctx.account.id}:${name}`;
}

function findTopic(ctx: SimContext, arn: string | undefined): SnsTopic {
  if (!arn || !ARN.test(arn)) throw new SimError('InvalidParameter', 'Invalid parameter: TopicArn', 400);
  const t = (ctx.regional<SnsSection>('sns').topics ?? []).find((x) => topicArn(ctx, x.Name) === arn);
  if (!t) throw new SimError('NotFound', 'Topic does not exist', 404);
  return t;
}

export function defaultTopicPolicy(arn: string, account: string): string {
  const actions = ['GetTopicAttributes', 'SetTopicAttributes', 'AddPermission', 'RemovePermission', 'DeleteTopic', 'Subscribe', 'ListSubscriptionsByTopic', 'Publish'];
  return JSON.stringify({
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      { Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: actions.map((a) => `SNS:${a}`), Resource: arn, Condition: { StringEquals: { 'AWS:SourceOwner': account } } },
    ],
  });
}

/** Subscription ARNs are stable per topic, endpoint and position. */
function subscriptionArn(arn: string, s: SnsSubscription, i: number): string {
  const status = s.Status ?? 'confirmed';
  if (status === 'pending') return 'PendingConfirmation';
  if (status === 'deleted') return 'Deleted';
  return `${arn}:${uuid(seededRng(hashSeed(`${arn}|${s.Endpoint}|${i}`)))}`;
}

export const service: SimService = {
  signingName: 'sns',
  sdk: '@aws-sdk/client-sns',
  operations: {
    ListTopics(input: { NextToken?: string }, ctx) {
      const arns = (ctx.regional<SnsSection>('sns').topics ?? []).map((t) => topicArn(ctx, t.Name)).sort();
      const p = page(arns, input.NextToken, undefined, PAGE);
      return { Topics: p.items.map((TopicArn) => ({ TopicArn })), NextToken: p.next };
    },

    GetTopicAttributes(input: { TopicArn?: string }, ctx) {
      const t = findTopic(ctx, input.TopicArn);
      const arn = topicArn(ctx, t.Name);
      const subs = t.Subscriptions ?? [];
      const count = (s: SnsSubscription['Status']) => String(subs.filter((x) => (x.Status ?? 'confirmed') === s).length);
      const given = Object.fromEntries(Object.entries(t.Attributes ?? {}).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]));
      return {
        Attributes: {
          TopicArn: arn,
          Owner: ctx.account.id,
          Policy: defaultTopicPolicy(arn, ctx.account.id),
          DisplayName: '',
          SubscriptionsConfirmed: count('confirmed'),
          SubscriptionsPending: count('pending'),
          SubscriptionsDeleted: count('deleted'),
          EffectiveDeliveryPolicy: JSON.stringify({ http: { defaultHealthyRetryPolicy: { minDelayTarget: 20, maxDelayTarget: 20, numRetries: 3, numMaxDelayRetries: 0, numNoDelayRetries: 0, numMinDelayRetries: 0, backoffFunction: 'linear' }, disableSubscriptionOverrides: false } }),
          ...(t.Name.endsWith('.fifo') ? { FifoTopic: 'true', ContentBasedDeduplication: 'false' } : {}),
          ...given,
        },
      };
    },

    ListSubscriptionsByTopic(input: { TopicArn?: string; NextToken?: string }, ctx) {
      const t = findTopic(ctx, input.TopicArn);
      const arn = topicArn(ctx, t.Name);
      const subs = (t.Subscriptions ?? []).map((s, i) => ({ SubscriptionArn: subscriptionArn(arn, s, i), Owner: ctx.account.id, Protocol: s.Protocol, Endpoint: s.Endpoint, TopicArn: arn }));
      const p = page(subs, input.NextToken, undefined, PAGE);
      return { Subscriptions: p.items, NextToken: p.next };
    },
  },
};

export const generators: ResourceGenerator[] = [snsGenerator];
