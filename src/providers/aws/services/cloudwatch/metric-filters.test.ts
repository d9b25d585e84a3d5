import { describe, expect, it } from 'vitest';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { collectFrom, scanWith } from '../../../../../test/support/aws.js';
import { metricFiltersCollector } from './metric-filters.js';
import { ACCOUNT, byName, REGION, regionalEstate } from './test-estate.js';

const filter = (logGroupName: string, filterName: string, filterPattern = '{ $.eventName = ConsoleLogin }') => ({
  logGroupName,
  filterName,
  filterPattern,
  metricTransformations: [{ metricName: filterName, metricNamespace: 'CISBenchmark', metricValue: '1' }],
});

describe('aws.cloudwatch.metric-filters collector', () => {
  it('lists the filters of every log group in one region-wide listing, 50 per page', async () => {
    const metricFilters = [...Array.from({ length: 60 }, (_, i) => filter('/aws/cloudtrail', `ct-${i}`)), ...Array.from({ length: 15 }, (_, i) => filter('/app/web', `web-${i}`))];
    const logs = { logGroups: [{ logGroupName: '/aws/cloudtrail' }, { logGroupName: '/app/web' }], metricFilters };
    const sim = await startSimulator({ estate: regionalEstate({ logs }) });
    try {
      const out = await scanWith(sim, [metricFiltersCollector]);
      expect(out.errors).toEqual([]);
      expect(out.assets).toHaveLength(75);
      expect(new Set(out.assets.map((a) => a.id)).size).toBe(75);
      expect(sim.stats().byOperation['logs:DescribeMetricFilters']).toBe(2);
    } finally {
      await sim.close();
    }
  });

  it('names each filter after its log group and keeps the filter entry', async () => {
    const pattern = '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }';
    const out = await collectFrom(regionalEstate({ logs: { logGroups: [{ logGroupName: '/aws/cloudtrail' }], metricFilters: [filter('/aws/cloudtrail', 'root-usage', pattern)] } }), metricFiltersCollector);
    const a = byName(out.assets, 'root-usage');
    expect(a).toMatchObject({ id: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/aws/cloudtrail:metric-filter:root-usage`, type: 'AWS::Logs::MetricFilter', kind: 'logging.metric-filter' });
    expect(a.config.filter).toMatchObject({ logGroupName: '/aws/cloudtrail', filterPattern: pattern, metricTransformations: [{ metricName: 'root-usage', metricNamespace: 'CISBenchmark', metricValue: '1' }] });
  });

  it('reports a denied listing as incomplete coverage naming the call', async () => {
    const out = await collectFrom(regionalEstate({ logs: { logGroups: [{ logGroupName: '/a' }], metricFilters: [filter('/a', 'f')] } }), metricFiltersCollector, { faults: [{ effect: 'deny', service: 'logs', operation: 'DescribeMetricFilters' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toEqual([expect.objectContaining({ provider: 'aws', account: ACCOUNT, region: REGION, service: 'logs', operation: 'DescribeMetricFilters', code: 'AccessDeniedException' })]);
    expect(out.coverage).toEqual([expect.objectContaining({ collector: 'aws.cloudwatch.metric-filters', ok: false })]);
  });
});
