import { CloudWatchClient, DescribeAlarmsCommand } from '@aws-sdk/client-cloudwatch';
import type { AwsCollector } from '../../collector.js';

/**
 * CloudWatch metric alarms, from DescribeAlarms at its maximum page size (100). Without AlarmTypes the API
 * returns metric alarms only, which is what the monitoring rules follow (composite alarms watch alarms,
 * not metrics).
 */
export const alarmsCollector: AwsCollector = {
  id: 'aws.cloudwatch.alarms',
  service: 'monitoring',
  scope: 'regional',
  types: ['AWS::CloudWatch::Alarm'],
  permissions: ['cloudwatch:DescribeAlarms'],
  async *collect(ctx) {
    const cw = ctx.client(CloudWatchClient);
    for await (const page of ctx.pages(
      'DescribeAlarms',
      (token) => cw.send(new DescribeAlarmsCommand({ MaxRecords: 100, NextToken: token })),
      (p) => p.NextToken,
    )) {
      for (const alarm of page.MetricAlarms ?? []) {
        if (!alarm.AlarmName) continue;
        const id = alarm.AlarmArn ?? `arn:${ctx.partition}:cloudwatch:${ctx.region}:${ctx.account}:alarm:${alarm.AlarmName}`;
        const asset = ctx.asset({ id, type: 'AWS::CloudWatch::Alarm', kind: 'monitoring.alarm', name: alarm.AlarmName });
        ctx.aspect(asset, 'alarm', { ok: true, value: alarm });
        yield asset;
      }
      ctx.progress(page.MetricAlarms?.length ?? 0);
    }
  },
};
