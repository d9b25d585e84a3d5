import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { SnsSection } from '../../../../../sim/aws/services/sns.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { runRule } from '../../../../core/rule.js';
import { rule as encrypted } from '../../../../rules/aws/sns/topic-encrypted-at-rest.js';
import { rule as notPublic } from '../../../../rules/aws/sns/topic-policy-not-public.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from '../cloudwatch/test-estate.js';
import { topicsCollector } from './topics.js';

const arn = (name: string) => `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
const estate = (topics: NonNullable<SnsSection['topics']>) => regionalEstate({ sns: { topics } });

describe('aws.sns.topics collector', () => {
  it('lists every topic (100 per ListTopics page) and every subscription of a topic (100 per page)', async () => {
    const topics = names('topic', 120).map((Name) => ({ Name, Subscriptions: [{ Protocol: 'email', Endpoint: `${Name}@example.com` }] }));
    topics[0]!.Subscriptions = Array.from({ length: 150 }, (_, i) => ({ Protocol: 'sqs', Endpoint: `arn:aws:sqs:${REGION}:${ACCOUNT}:q-${i}` }));
    const sim = await startSimulator({ estate: estate(topics) });
    try {
      const out = await scanWith(sim, [topicsCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(120);
      expect(new Set(out.assets.map((a) => a.id)).size).toBe(120);
      const stats = sim.stats().byOperation;
      expect(stats['sns:ListTopics']).toBe(2);
      expect(stats['sns:GetTopicAttributes']).toBe(120);
      expect(stats['sns:ListSubscriptionsByTopic']).toBe(121);
      const big = byName(out.assets, 'topic-0001').config.subscriptions as { Subscriptions: unknown[] };
      expect(big.Subscriptions).toHaveLength(150);
    } finally {
      await sim.close();
    }
  });

  it('fills attributes and subscriptions; rules judge the collected topics', async () => {
    const open = { Statement: [{ Sid: 'AnyonePublish', Effect: 'Allow', Principal: '*', Action: 'SNS:Publish', Resource: arn('public-events') }] };
    const out = await collectFrom(
      estate([
        { Name: 'security-alerts', Attributes: { KmsMasterKeyId: 'alias/aws/sns' }, Subscriptions: [{ Protocol: 'email', Endpoint: 'secops@example.com' }, { Protocol: 'email', Endpoint: 'new@example.com', Status: 'pending' }] },
        { Name: 'public-events', Attributes: { Policy: open } },
      ]),
      topicsCollector,
    );
    const alerts = byName(out.assets, 'security-alerts');
    expect(alerts).toMatchObject({ id: arn('security-alerts'), type: 'AWS::SNS::Topic', kind: 'messaging.topic', region: REGION });
    expect(alerts.config.attributes).toMatchObject({ Attributes: { TopicArn: arn('security-alerts'), KmsMasterKeyId: 'alias/aws/sns', SubscriptionsConfirmed: '1', SubscriptionsPending: '1' } });
    expect(alerts.config.attributes).not.toHaveProperty('$metadata');
    const subs = (alerts.config.subscriptions as { Subscriptions: Array<{ SubscriptionArn: string }> }).Subscriptions.map((s) => s.SubscriptionArn);
    expect(subs[0]).toMatch(new RegExp(`^${arn('security-alerts')}:[0-9a-f-]{36}$`));
    expect(subs[1]).toBe('PendingConfirmation');

    const ctx = fixtureContext(out.assets);
    const pub = byName(out.assets, 'public-events');
    expect(runRule(encrypted, alerts, ctx).status).toBe('pass');
    expect(runRule(encrypted, pub, ctx).status).toBe('fail');
    // The default policy AWS attaches (Principal "*" pinned by AWS:SourceOwner) is not public.
    expect(runRule(notPublic, alerts, ctx).status).toBe('pass');
    expect(runRule(notPublic, pub, ctx)).toMatchObject({ status: 'fail', reason: expect.stringContaining('AnyonePublish') });
  });

  it('records a denied GetTopicAttributes as a gap on the topic: the rules are unknown, subscriptions still collected', async () => {
    const out = await collectFrom(estate([{ Name: 'orders', Subscriptions: [{ Protocol: 'sqs', Endpoint: `arn:aws:sqs:${REGION}:${ACCOUNT}:orders` }] }]), topicsCollector, {
      faults: [{ effect: 'deny', service: 'sns', operation: 'GetTopicAttributes', code: 'AuthorizationError' }],
    });
    const t = byName(out.assets, 'orders');
    const expected = { provider: 'aws', account: ACCOUNT, region: REGION, service: 'sns', operation: 'GetTopicAttributes', code: 'AuthorizationError', resource: arn('orders') };
    expect(t.gaps.attributes).toMatchObject(expected);
    expect(out.errors).toEqual([expect.objectContaining(expected)]);
    expect(t.config.subscriptions).toMatchObject({ Subscriptions: [{ Protocol: 'sqs' }] });
    expect(runRule(encrypted, t, fixtureContext(out.assets))).toMatchObject({ status: 'unknown', reason: expect.stringContaining('GetTopicAttributes') });
    expect(runRule(notPublic, t, fixtureContext(out.assets)).status).toBe('unknown');
  });

  it('records a denied ListSubscriptionsByTopic as a gap on the subscriptions aspect only', async () => {
    const out = await collectFrom(estate([{ Name: 'orders' }]), topicsCollector, { faults: [{ effect: 'deny', service: 'sns', operation: 'ListSubscriptionsByTopic' }] });
    const t = byName(out.assets, 'orders');
    expect(t.gaps.subscriptions).toMatchObject({ service: 'sns', operation: 'ListSubscriptionsByTopic' });
    expect(t.config.attributes).toBeDefined();
  });

  it('leaves out a topic deleted between the listing and the describe', async () => {
    const out = await collectFrom(estate([{ Name: 'kept' }, { Name: 'deleted' }]), topicsCollector, {
      faults: [{ effect: 'error', service: 'sns', operation: 'GetTopicAttributes', resource: arn('deleted'), code: 'NotFound', status: 404 }],
    });
    expect(out.assets.map((a) => a.name)).toEqual(['kept']);
    expect(out.errors).toEqual([]);
  });
});
