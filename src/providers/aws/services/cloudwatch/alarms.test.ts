import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import { runRule } from '../../../../core/rule.js';
import { rule as actionsEnabled } from '../../../../rules/aws/cloudwatch/alarm-actions-enabled.js';
import { rule as hasAction } from '../../../../rules/aws/cloudwatch/alarm-has-action.js';
import { alarmsCollector } from './alarms.js';
import { ACCOUNT, byName, names, REGION, regionalEstate } from './test-estate.js';

const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:ops`;
const alarm = (AlarmName: string, more: Record<string, unknown> = {}) => ({
  AlarmName,
  MetricName: 'CPUUtilization',
  Namespace: 'AWS/EC2',
  Statistic: 'Average',
  Period: 300,
  EvaluationPeriods: 1,
  Threshold: 80,
  ComparisonOperator: 'GreaterThanOrEqualToThreshold',
  AlarmActions: [TOPIC],
  ...more,
});

describe('aws.cloudwatch.alarms collector', () => {
  it('lists every metric alarm, 100 per DescribeAlarms page, and no composite alarms', async () => {
    const metricAlarms = names('cpu', 230).map((n) => alarm(n));
    const sim = await startSimulator({ estate: regionalEstate({ monitoring: { metricAlarms, compositeAlarms: [{ AlarmName: 'combined', AlarmRule: 'ALARM(cpu-0001)' }] } }) });
    try {
      const out = await scanWith(sim, [alarmsCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(230);
      expect(out.assets.every((a) => a.type === 'AWS::CloudWatch::Alarm')).toBe(true);
      expect(sim.stats().byOperation['monitoring:DescribeAlarms']).toBe(3);
    } finally {
      await sim.close();
    }
  });

  it('keeps the alarm description, with AWS defaults filled in', async () => {
    const out = await collectFrom(regionalEstate({ monitoring: { metricAlarms: [alarm('root-usage'), alarm('silenced', { ActionsEnabled: false, AlarmActions: [] })] } }), alarmsCollector);
    const root = byName(out.assets, 'root-usage');
    expect(root).toMatchObject({ id: `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:root-usage`, kind: 'monitoring.alarm' });
    expect(root.config.alarm).toMatchObject({ ActionsEnabled: true, AlarmActions: [TOPIC], MetricName: 'CPUUtilization', Namespace: 'AWS/EC2', StateValue: 'INSUFFICIENT_DATA' });
    expect((root.config.alarm as { StateUpdatedTimestamp?: unknown }).StateUpdatedTimestamp).toBeInstanceOf(Date);

    const ctx = fixtureContext(out.assets);
    const silenced = byName(out.assets, 'silenced');
    expect(runRule(actionsEnabled, root, ctx).status).toBe('pass');
    expect(runRule(actionsEnabled, silenced, ctx).status).toBe('fail');
    expect(runRule(hasAction, root, ctx).status).toBe('pass');
    expect(runRule(hasAction, silenced, ctx).status).toBe('fail');
  });

  it('reports a denied listing as incomplete coverage naming the call', async () => {
    const out = await collectFrom(regionalEstate({ monitoring: { metricAlarms: [alarm('a')] } }), alarmsCollector, { faults: [{ effect: 'deny', service: 'monitoring', operation: 'DescribeAlarms' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'monitoring', operation: 'DescribeAlarms', code: 'AccessDenied' })]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.cloudwatch.alarms', ok: false })]);
  });
});
