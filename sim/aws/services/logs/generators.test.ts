import { describe, expect, it } from 'vitest';
import { seededRng } from '../../rng.js';
import { generators as logs } from '../logs.js';
import { generators as monitoring } from '../monitoring.js';
import { generators as sns } from '../sns.js';
import { generators as sqs } from '../sqs.js';

const ctx = () => ({ accountId: '222222222222', region: 'eu-west-1', rng: seededRng(42) });
const all = [...logs, ...monitoring, ...sns, ...sqs];

describe('CloudWatch, SNS and SQS benchmark generators', () => {
  it.each(all.map((g) => [g.service, g] as const))('%s builds about n assets, deterministically', (_name, g) => {
    const a = g.build(500, ctx());
    expect(a.assets).toBeGreaterThanOrEqual(500);
    expect(a.assets).toBeLessThanOrEqual(501);
    expect(JSON.stringify(g.build(500, ctx()))).toBe(JSON.stringify(a));
  });

  it('leaves a realistic share misconfigured', () => {
    const groups = logs[0]!.build(1000, ctx()).section.logGroups as Array<{ retentionInDays?: number }>;
    const neverExpire = groups.filter((g) => g.retentionInDays === undefined).length / groups.length;
    expect(neverExpire).toBeGreaterThan(0.15);
    expect(neverExpire).toBeLessThan(0.35);

    const topics = sns[0]!.build(1000, ctx()).section.topics as Array<{ Attributes: Record<string, unknown> }>;
    const unencrypted = topics.filter((t) => !t.Attributes.KmsMasterKeyId).length / topics.length;
    expect(unencrypted).toBeGreaterThan(0.25);
    expect(unencrypted).toBeLessThan(0.45);

    const queues = sqs[0]!.build(1000, ctx()).section.queues as Array<{ Attributes: Record<string, unknown> }>;
    const sseOff = queues.filter((q) => q.Attributes.SqsManagedSseEnabled === 'false').length / queues.length;
    expect(sseOff).toBeGreaterThan(0.05);
    expect(sseOff).toBeLessThan(0.15);

    const alarms = monitoring[0]!.build(1000, ctx()).section.metricAlarms as Array<{ ActionsEnabled: boolean; AlarmActions: string[] }>;
    expect(alarms.filter((a) => a.AlarmActions.length === 0).length).toBeGreaterThan(50);
    expect(alarms.filter((a) => !a.ActionsEnabled).length).toBeGreaterThan(10);
  });

  it('gives every generated resource a unique name', () => {
    const groups = logs[0]!.build(2000, ctx()).section.logGroups as Array<{ logGroupName: string }>;
    expect(new Set(groups.map((g) => g.logGroupName)).size).toBe(groups.length);
    const queues = sqs[0]!.build(2000, ctx()).section.queues as Array<{ QueueName: string }>;
    expect(new Set(queues.map((q) => q.QueueName)).size).toBe(queues.length);
  });
});
