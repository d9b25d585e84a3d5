import { CloudWatchClient, DescribeAlarmsCommand, ListDashboardsCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeKeyCommand, GetKeyRotationStatusCommand, GetPublicKeyCommand, KMSClient, ListKeysCommand } from '@aws-sdk/client-kms';
import { GetQueueAttributesCommand, ListQueuesCommand, SQSClient } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from './server.js';
import { page, SimError, type SimService } from './service.js';
import { failure, sdkConfig, tinyEstate } from './test-helpers.js';

const KEYS = Array.from({ length: 5 }, (_, i) => `key-${i}`);
const nextRotation = new Date('2026-12-31T00:00:00Z');
let seen: Record<string, unknown> | undefined;

const kms: SimService = {
  signingName: 'kms',
  sdk: '@aws-sdk/client-kms',
  operations: {
    ListKeys(input: { Limit?: number; Marker?: string }, ctx) {
      const p = page(KEYS, input.Marker, input.Limit, 100);
      return { Keys: p.items.map((k) => ({ KeyId: k, KeyArn: `arn:aws:kms:${ctx.region}:${ctx.account.id}:key/${k}` })), NextMarker: p.next, Truncated: !!p.next };
    },
    GetKeyRotationStatus(input: { KeyId?: string }) {
      if (!KEYS.includes(input.KeyId ?? '')) throw new SimError('NotFoundException', `Key '${input.KeyId}' does not exist`);
      return { KeyId: input.KeyId, KeyRotationEnabled: input.KeyId === 'key-0', RotationPeriodInDays: 365, NextRotationDate: nextRotation };
    },
    GetPublicKey: (input: { KeyId?: string }) => ({ KeyId: input.KeyId, PublicKey: new Uint8Array([1, 2, 3, 250]), KeySpec: 'RSA_2048' }),
  },
};

const sqs: SimService = {
  signingName: 'sqs',
  sdk: '@aws-sdk/client-sqs',
  operations: {
    ListQueues(input) {
      seen = input;
      return { QueueUrls: ['https://sqs.us-east-1.amazonaws.com/111111111111/a', 'https://sqs.us-east-1.amazonaws.com/111111111111/b'] };
    },
    GetQueueAttributes(input: { QueueUrl?: string; AttributeNames?: string[] }) {
      if (input.QueueUrl?.endsWith('/missing')) throw new SimError('QueueDoesNotExist', 'The specified queue does not exist.');
      return { Attributes: { QueueArn: 'arn:aws:sqs:us-east-1:111111111111:a', SqsManagedSseEnabled: 'true' } };
    },
  },
};

const monitoring: SimService = {
  signingName: 'monitoring',
  sdk: '@aws-sdk/client-cloudwatch',
  operations: {
    DescribeAlarms(input) {
      seen = input;
      return {
        MetricAlarms: [
          {
            AlarmName: 'root-usage',
            AlarmArn: 'arn:aws:cloudwatch:us-east-1:111111111111:alarm:root-usage',
            MetricName: 'RootAccountUsage',
            Namespace: 'CISBenchmark',
            Statistic: 'Sum',
            Threshold: 1,
            ComparisonOperator: 'GreaterThanOrEqualToThreshold',
            EvaluationPeriods: 1,
            ActionsEnabled: true,
            AlarmActions: ['arn:aws:sns:us-east-1:111111111111:alerts'],
            Dimensions: [{ Name: 'Stage', Value: 'prod' }],
            StateValue: 'OK',
            StateUpdatedTimestamp: '2025-06-01T10:00:00Z',
          },
        ],
        CompositeAlarms: [],
      };
    },
  },
};

describe('awsJson protocols through the real SDK', () => {
  let sim: Simulator;
  beforeAll(async () => {
    sim = await startSimulator({ estate: tinyEstate(), services: [kms, sqs, monitoring] });
  });
  afterAll(() => sim.close());

  it('json1.1: KMS ListKeys pages and GetKeyRotationStatus', async () => {
    const c = new KMSClient(sdkConfig(sim, 'eu-west-1'));
    const first = await c.send(new ListKeysCommand({ Limit: 3 }));
    expect(first.Keys?.map((k) => k.KeyId)).toEqual(['key-0', 'key-1', 'key-2']);
    expect(first.Keys?.[0]?.KeyArn).toBe('arn:aws:kms:eu-west-1:111111111111:key/key-0');
    expect(first.Truncated).toBe(true);
    const second = await c.send(new ListKeysCommand({ Limit: 3, Marker: first.NextMarker }));
    expect(second.Keys?.map((k) => k.KeyId)).toEqual(['key-3', 'key-4']);
    expect(second.Truncated).toBe(false);
    const rot = await c.send(new GetKeyRotationStatusCommand({ KeyId: 'key-0' }));
    expect(rot).toMatchObject({ KeyId: 'key-0', KeyRotationEnabled: true, RotationPeriodInDays: 365, NextRotationDate: nextRotation });
  });

  it('json1.1: blobs travel as base64', async () => {
    const out = await new KMSClient(sdkConfig(sim)).send(new GetPublicKeyCommand({ KeyId: 'key-1' }));
    expect(Array.from(out.PublicKey ?? [])).toEqual([1, 2, 3, 250]);
  });

  it('json1.1: modeled errors and unimplemented operations', async () => {
    const c = new KMSClient(sdkConfig(sim));
    const e = await failure(c.send(new GetKeyRotationStatusCommand({ KeyId: 'nope' })));
    expect(e.name).toBe('NotFoundException');
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(e.message).toBe("Key 'nope' does not exist");
    const u = await failure(c.send(new DescribeKeyCommand({ KeyId: 'key-0' })));
    expect(u.name).toBe('UnknownOperationException');
    expect(u.$metadata.httpStatusCode).toBe(400);
  });

  it('json1.0: SQS ListQueues and query-compatible errors', async () => {
    const c = new SQSClient(sdkConfig(sim));
    const out = await c.send(new ListQueuesCommand({ QueueNamePrefix: 'a', MaxResults: 10 }));
    expect(seen).toEqual({ QueueNamePrefix: 'a', MaxResults: 10 });
    expect(out.QueueUrls).toHaveLength(2);
    const attrs = await c.send(new GetQueueAttributesCommand({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/a', AttributeNames: ['All'] }));
    expect(attrs.Attributes?.SqsManagedSseEnabled).toBe('true');
    const e = await failure(c.send(new GetQueueAttributesCommand({ QueueUrl: 'https://sqs.us-east-1.amazonaws.com/111111111111/missing' })));
    expect(e.name).toBe('QueueDoesNotExist');
    expect(e.Code).toBe('AWS.SimpleQueueService.NonExistentQueue');
    expect(e.$metadata.httpStatusCode).toBe(400);
  });

  it('json1.0: CloudWatch DescribeAlarms with nested lists and timestamps', async () => {
    const out = await new CloudWatchClient(sdkConfig(sim)).send(new DescribeAlarmsCommand({ AlarmNamePrefix: 'root', StateValue: 'OK', AlarmTypes: ['MetricAlarm'] }));
    expect(seen).toEqual({ AlarmNamePrefix: 'root', StateValue: 'OK', AlarmTypes: ['MetricAlarm'] });
    const a = out.MetricAlarms?.[0];
    expect(a).toMatchObject({
      AlarmName: 'root-usage',
      Threshold: 1,
      ActionsEnabled: true,
      AlarmActions: ['arn:aws:sns:us-east-1:111111111111:alerts'],
      Dimensions: [{ Name: 'Stage', Value: 'prod' }],
      StateUpdatedTimestamp: new Date('2025-06-01T10:00:00Z'),
    });
    expect(out.CompositeAlarms).toEqual([]);
    const u = await failure(new CloudWatchClient(sdkConfig(sim)).send(new ListDashboardsCommand({})));
    expect(u.name).toBe('UnknownOperationException');
  });

  it('unknown access keys get UnrecognizedClientException', async () => {
    const e = await failure(new KMSClient({ ...sdkConfig(sim), credentials: { accessKeyId: 'AKIAUNKNOWN', secretAccessKey: 'x' } }).send(new ListKeysCommand({})));
    expect(e.name).toBe('UnrecognizedClientException');
    expect(e.$metadata.httpStatusCode).toBe(400);
  });
});
