import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type Simulator } from '../../server.js';
import { failure, MGMT, sdkConfig, tinyEstate } from '../../test-helpers.js';
import { service } from '../monitoring.js';

describe('monitoring (CloudWatch alarms) simulator', () => {
  let sim: Simulator;
  let cw: CloudWatchClient;
  beforeAll(async () => {
    const metricAlarms = Array.from({ length: 120 }, (_, i) => ({ AlarmName: `alarm-${String(i).padStart(3, '0')}`, MetricName: 'Errors', Namespace: 'AWS/Lambda', StateValue: i % 2 ? 'OK' : 'ALARM' }));
    const section = { metricAlarms, compositeAlarms: [{ AlarmName: 'all-errors', AlarmRule: 'ALARM(alarm-000)' }] };
    sim = await startSimulator({ estate: tinyEstate({ regional: { 'us-east-1': { monitoring: section } } }), services: [service] });
    cw = new CloudWatchClient(sdkConfig(sim));
  });
  afterAll(() => sim.close());

  it('returns metric alarms only by default, 50 per page, with ARNs and defaults', async () => {
    const first = await cw.send(new DescribeAlarmsCommand({}));
    expect(first.MetricAlarms).toHaveLength(50);
    expect(first.CompositeAlarms ?? []).toEqual([]);
    expect(first.MetricAlarms?.[0]).toMatchObject({ AlarmName: 'alarm-000', AlarmArn: `arn:aws:cloudwatch:us-east-1:${MGMT}:alarm:alarm-000`, ActionsEnabled: true, AlarmActions: [] });
    expect(first.MetricAlarms?.[0]?.StateUpdatedTimestamp).toBeInstanceOf(Date);
    const rest = await cw.send(new DescribeAlarmsCommand({ NextToken: first.NextToken, MaxRecords: 100 }));
    expect(rest.MetricAlarms).toHaveLength(70);
    expect(rest.NextToken).toBeUndefined();
  });

  it('filters by state and returns composite alarms when asked', async () => {
    expect((await cw.send(new DescribeAlarmsCommand({ StateValue: 'ALARM', MaxRecords: 100 }))).MetricAlarms).toHaveLength(60);
    const composite = await cw.send(new DescribeAlarmsCommand({ AlarmTypes: ['CompositeAlarm'] }));
    expect(composite.CompositeAlarms?.map((a) => a.AlarmName)).toEqual(['all-errors']);
    expect(composite.MetricAlarms ?? []).toEqual([]);
  });

  it('rejects MaxRecords over 100', async () => {
    expect((await failure(cw.send(new DescribeAlarmsCommand({ MaxRecords: 101 })))).name).toBe('InvalidParameterValueException');
  });
});
