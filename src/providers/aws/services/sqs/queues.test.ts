import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import type { SqsSection } from '../../../../../sim/aws/services/sqs.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { runRule } from '../../../../core/rule.js';
import { rule as encrypted } from '../../../../rules/aws/sqs/queue-encrypted-at-rest.js';
import { rule as notPublic } from '../../../../rules/aws/sqs/queue-policy-not-public.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from '../cloudwatch/test-estate.js';
import { queuesCollector, queuesCollectorWith } from './queues.js';

const url = (name: string) => `https://sqs.${REGION}.amazonaws.com/${ACCOUNT}/${name}`;
const qarn = (name: string) => `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`;
const estate = (queues: NonNullable<SqsSection['queues']>) => regionalEstate({ sqs: { queues } });

describe('aws.sqs.queues collector', () => {
  // ListQueues only pages when MaxResults is sent (the simulator, like AWS, stops at 1000 otherwise), so a
  // complete listing over three pages shows the collector asks for pages and follows NextToken.
  it('lists every queue across ListQueues pages', async () => {
    const sim = await startSimulator({ estate: estate(names('jobs', 25).map((QueueName) => ({ QueueName }))) });
    try {
      const out = await scanWith(sim, [queuesCollectorWith({ pageSize: 10 })]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(25);
      expect(new Set(out.assets.map((a) => a.id)).size).toBe(25);
      expect(sim.stats().byOperation['sqs:ListQueues']).toBe(3);
      expect(sim.stats().byOperation['sqs:GetQueueAttributes']).toBe(25);
    } finally {
      await sim.close();
    }
  });

  it('keeps all attributes; rules judge the collected queues', async () => {
    const open = { Statement: [{ Sid: 'AnyoneCanSend', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: qarn('legacy') }] };
    const out = await collectFrom(
      estate([
        { QueueName: 'orders' },
        { QueueName: 'payments', Attributes: { KmsMasterKeyId: 'alias/aws/sqs' } },
        { QueueName: 'legacy', Attributes: { SqsManagedSseEnabled: 'false', Policy: open } },
      ]),
      queuesCollector,
    );
    const orders = byName(out.assets, 'orders');
    expect(orders).toMatchObject({ id: qarn('orders'), type: 'AWS::SQS::Queue', kind: 'messaging.queue', region: REGION });
    expect(orders.config.attributes).toMatchObject({ Attributes: { QueueArn: qarn('orders'), SqsManagedSseEnabled: 'true' } });
    expect(byName(out.assets, 'payments').config.attributes).toMatchObject({ Attributes: { KmsMasterKeyId: 'alias/aws/sqs', SqsManagedSseEnabled: 'false' } });

    const ctx = fixtureContext(out.assets);
    expect(runRule(encrypted, orders, ctx).status).toBe('pass');
    expect(runRule(encrypted, byName(out.assets, 'payments'), ctx).status).toBe('pass');
    expect(runRule(encrypted, byName(out.assets, 'legacy'), ctx).status).toBe('fail');
    expect(runRule(notPublic, orders, ctx).status).toBe('pass');
    expect(runRule(notPublic, byName(out.assets, 'legacy'), ctx)).toMatchObject({ status: 'fail', reason: expect.stringContaining('AnyoneCanSend') });
  });

  it('records a denied GetQueueAttributes as a gap and an error naming the call; the rules are unknown', async () => {
    const out = await collectFrom(estate([{ QueueName: 'orders' }]), queuesCollector, { faults: [{ effect: 'deny', service: 'sqs', operation: 'GetQueueAttributes' }] });
    const q = byName(out.assets, 'orders');
    const expected = { provider: 'aws', account: ACCOUNT, region: REGION, service: 'sqs', operation: 'GetQueueAttributes', code: 'AccessDenied', resource: url('orders') };
    expect(q.gaps.attributes).toMatchObject(expected);
    expect(out.errors).toEqual([expect.objectContaining(expected)]);
    expect(runRule(encrypted, q, fixtureContext(out.assets))).toMatchObject({ status: 'unknown', reason: expect.stringContaining('GetQueueAttributes') });
    expect(runRule(notPublic, q, fixtureContext(out.assets)).status).toBe('unknown');
  });

  it('leaves out a queue deleted between the listing and the describe', async () => {
    const out = await collectFrom(estate([{ QueueName: 'kept' }, { QueueName: 'deleted' }]), queuesCollector, {
      faults: [{ effect: 'error', service: 'sqs', operation: 'GetQueueAttributes', resource: url('deleted'), code: 'QueueDoesNotExist', status: 400 }],
    });
    expect(out.assets.map((a) => a.name)).toEqual(['kept']);
    expect(out.errors).toEqual([]);
  });
});
