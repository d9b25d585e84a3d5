import { CloudWatchLogsClient, DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import type { AwsCollector } from '../../collector.js';

/**
 * Metric filters of every log group in the region, from one region-wide DescribeMetricFilters listing
 * (50 per page) rather than a call per log group. Metric filters have no ARN; the id is the log group ARN
 * with `:metric-filter:<name>` appended (names are unique per log group).
 */
export const metricFiltersCollector: AwsCollector = {
  id: 'aws.cloudwatch.metric-filters',
  service: 'logs',
  scope: 'regional',
  types: ['AWS::Logs::MetricFilter'],
  permissions: ['logs:DescribeMetricFilters'],
  async *collect(ctx) {
    const logs = ctx.client(CloudWatchLogsClient);
    for await (const page of ctx.pages(
      'DescribeMetricFilters',
      (token) => logs.send(new DescribeMetricFiltersCommand({ limit: 50, nextToken: token })),
      (p) => p.nextToken,
    )) {
      for (const filter of page.metricFilters ?? []) {
        if (!filter.filterName || !filter.logGroupName) continue;
        const id = `arn:${ctx.partition}:logs:${ctx.region}:${ctx.account}:log-group:${filter.logGroupName}:metric-filter:${filter.filterName}`;
        const asset = ctx.asset({ id, type: 'AWS::Logs::MetricFilter', kind: 'logging.metric-filter', name: filter.filterName });
        ctx.aspect(asset, 'filter', { ok: true, value: filter });
        yield asset;
      }
      ctx.progress(page.metricFilters?.length ?? 0);
    }
  },
};
