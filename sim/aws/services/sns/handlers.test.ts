import { GetTopicAttributesCommand, ListSubscriptionsByTopicCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import { service } from '../sns.js';

const arn = (name: string) => `arn:aws:sns:us-east-1:${MGMT}:${name}`;

describe('sns simulator', () => {
  let sim: Simulator;
  let sns: SNSClient;
  beforeAll(async () => {
    const topics = [
      { Name: 'alerts', Attributes: { KmsMasterKeyId: 'alias/aws/sns' }, Subscriptions: [{ Protocol: 'email', Endpoint: 'a@example.com' }, { Protocol: 'email', Endpoint: 'b@example.com', Status: 'pending' as const }] },
      ...Array.from({ length: 104 }, (_, i) => ({ Name: `t-${String(i).padStart(3, '0')}` })),
    ];
    sim = await startSimulator({ estate: tinyEstate({ regional: { 'us-east-1': { sns: { topics } } } }), services: [service] });
    sns = new SNSClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('lists topics 100 per page', async () => {
    const first = await sns.send(new ListTopicsCommand({}));
    expect(first.Topics).toHaveLength(100);
    const second = await sns.send(new ListTopicsCommand({ NextToken: first.NextToken }));
    expect(second.Topics).toHaveLength(5);
    expect(second.NextToken).toBeUndefined();
  });

  it('returns the default policy, counters and given attributes', async () => {
    const out = await sns.send(new GetTopicAttributesCommand({ TopicArn: arn('alerts') }));
    const a = out.Attributes!;
    expect(a).toMatchObject({ TopicArn: arn('alerts'), Owner: MGMT, KmsMasterKeyId: 'alias/aws/sns', SubscriptionsConfirmed: '1', SubscriptionsPending: '1' });
    expect(JSON.parse(a.Policy!).Statement[0]).toMatchObject({ Principal: { AWS: '*' }, Condition: { StringEquals: { 'AWS:SourceOwner': MGMT } } });
  });

  it('gives confirmed subscriptions stable ARNs and pending ones PendingConfirmation', async () => {
    const a = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn('alerts') }));
    const b = await sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: arn('alerts') }));
    expect(a.Subscriptions?.map((s) => s.SubscriptionArn)).toEqual(b.Subscriptions?.map((s) => s.SubscriptionArn));
    expect(a.Subscriptions?.[0]?.SubscriptionArn).toMatch(/^arn:aws:sns:us-east-1:111111111111:alerts:[0-9a-f-]{36}$/);
    expect(a.Subscriptions?.[1]?.SubscriptionArn).toBe('PendingConfirmation');
  });

  it('answers NotFound for an unknown topic and InvalidParameter for a malformed ARN', async () => {
    expect((await failure(sns.send(new GetTopicAttributesCommand({ TopicArn: arn('missing') })))).name).toBe('NotFoundException');
    expect((await failure(sns.send(new ListSubscriptionsByTopicCommand({ TopicArn: 'not-an-arn' })))).name).toBe('InvalidParameterException');
  });
});
