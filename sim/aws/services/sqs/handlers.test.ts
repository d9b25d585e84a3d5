import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import { service } from '../sqs.js';

const url = (name: string) => `https://sqs.us-east-1.amazonaws.com/${MGMT}/${name}`;

describe('sqs simulator', () => {
  let sim: Simulator;
  let sqs: SQSClient;
  beforeAll(async () => {
    const queues = [
      { QueueName: 'jobs', Attributes: { KmsMasterKeyId: 'alias/aws/sqs', Policy: { Statement: [] } } },
      { QueueName: 'legacy', Attributes: { SqsManagedSseEnabled: 'false' } },
      ...Array.from({ length: 1100 }, (_, i) => ({ QueueName: `q-${String(i).padStart(4, '0')}` })),
    ];
    sim = await startSimulator({ estate: tinyEstate({ regional: { 'us-east-1': { sqs: { queues } } } }), services: [service] });
    sqs = new SQSClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('stops at 1000 queues without a token unless MaxResults is given', async () => {
    const unpaged = await sqs.send(new ListQueuesCommand({}));
    expect(unpaged.QueueUrls).toHaveLength(1000);
    expect(unpaged.NextToken).toBeUndefined();
    const first = await sqs.send(new ListQueuesCommand({ MaxResults: 1000 }));
    const second = await sqs.send(new ListQueuesCommand({ MaxResults: 1000, NextToken: first.NextToken }));
    expect(first.QueueUrls!.length + second.QueueUrls!.length).toBe(1102);
    expect(second.NextToken).toBeUndefined();
  });

  it('returns all attributes with AWS defaults, or only the ones asked for', async () => {
    const jobs = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url('jobs'), AttributeNames: ['All'] }));
    expect(jobs.Attributes).toMatchObject({ QueueArn: `arn:aws:sqs:us-east-1:${MGMT}:jobs`, KmsMasterKeyId: 'alias/aws/sqs', SqsManagedSseEnabled: 'false', VisibilityTimeout: '30', Policy: '{"Statement":[]}' });
    const legacy = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url('legacy'), AttributeNames: ['SqsManagedSseEnabled'] }));
    expect(legacy.Attributes).toEqual({ SqsManagedSseEnabled: 'false' });
    const fresh = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: url('q-0000'), AttributeNames: ['All'] }));
    expect(fresh.Attributes?.SqsManagedSseEnabled).toBe('true');
  });

  it('answers QueueDoesNotExist for an unknown queue', async () => {
    expect((await failure(sqs.send(new GetQueueAttributesCommand({ QueueUrl: url('gone'), AttributeNames: ['All'] })))).name).toBe('QueueDoesNotExist');
  });
});
