/**
 * Benchmark metric alarms for one account and region: CPU, error-rate and queue-depth alarms on common AWS
 * namespaces. Most notify an SNS topic; some have no action at all and some have actions disabled (left
 * over from maintenance), which the alarm hygiene rules report.
 */
import type { ResourceGenerator } from '../../generator.js';
import { chance, pick, resourceName } from '../logs/random.js';
import type { MonitoringSection } from '../monitoring.js';

const METRICS = [
  { Namespace: 'AWS/EC2', MetricName: 'CPUUtilization', Dimension: 'InstanceId', Threshold: 80, Statistic: 'Average' },
  { Namespace: 'AWS/Lambda', MetricName: 'Errors', Dimension: 'FunctionName', Threshold: 1, Statistic: 'Sum' },
  { Namespace: 'AWS/SQS', MetricName: 'ApproximateAgeOfOldestMessage', Dimension: 'QueueName', Threshold: 600, Statistic: 'Maximum' },
  { Namespace: 'AWS/RDS', MetricName: 'FreeStorageSpace', Dimension: 'DBInstanceIdentifier', Threshold: 5e9, Statistic: 'Minimum' },
  { Namespace: 'AWS/ApplicationELB', MetricName: 'HTTPCode_Target_5XX_Count', Dimension: 'LoadBalancer', Threshold: 10, Statistic: 'Sum' },
] as const;
const STATES = ['OK', 'OK', 'OK', 'ALARM', 'INSUFFICIENT_DATA'] as const;

export const alarmsGenerator: ResourceGenerator = {
  service: 'monitoring',
  scope: 'regional',
  build(n, { accountId, region, rng }) {
    const topic = `arn:aws:sns:${region}:${accountId}:ops-alerts`;
    const metricAlarms: NonNullable<MonitoringSection['metricAlarms']> = [];
    for (let i = 0; i < n; i++) {
      const m = pick(rng, METRICS);
      const target = resourceName(rng, i);
      const noAction = chance(rng, 0.12);
      metricAlarms.push({
        AlarmName: `${target}-${m.MetricName}`,
        ActionsEnabled: !chance(rng, 0.05),
        AlarmActions: noAction ? [] : [topic],
        OKActions: noAction || chance(rng, 0.5) ? [] : [topic],
        StateValue: pick(rng, STATES),
        MetricName: m.MetricName,
        Namespace: m.Namespace,
        Statistic: m.Statistic,
        Dimensions: [{ Name: m.Dimension, Value: target }],
        Period: 300,
        EvaluationPeriods: pick(rng, [1, 2, 3]),
        Threshold: m.Threshold,
        ComparisonOperator: m.MetricName === 'FreeStorageSpace' ? 'LessThanThreshold' : 'GreaterThanOrEqualToThreshold',
        TreatMissingData: 'missing',
      });
    }
    return { section: { metricAlarms } satisfies MonitoringSection, assets: metricAlarms.length };
  },
};
