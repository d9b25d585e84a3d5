/**
 * The CIS 4.x monitoring path end to end: trail, log groups, metric filters, alarms and SNS topics
 * collected from the simulator through the real SDK, judged by a CIS monitoring rule.
 */
import { describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../../../../sim/aws/estate.js';
import { startSimulator } from '../../../../../sim/aws/server.js';
import { scanWith } from '../../../../../test/support/aws.js';
import { fixtureContext } from '../../../../../test/support/assets.js';
import type { Asset } from '../../../../core/asset.js';
import { runRule } from '../../../../core/rule.js';
import { CIS_MONITORING } from '../../../../rules/aws/cloudwatch/cis-monitoring-controls.js';
import { rule as rootUsageMonitored } from '../../../../rules/aws/cloudwatch/root-usage-monitored.js';
import { trailsCollector } from '../cloudtrail/trails.js';
import { topicsCollector } from '../sns/topics.js';
import { alarmsCollector } from './alarms.js';
import { logGroupsCollector } from './log-groups.js';
import { metricFiltersCollector } from './metric-filters.js';
import { ACCOUNT, REGION, regionalEstate } from './test-estate.js';

const LOG_GROUP = 'aws-cloudtrail-logs-main';
const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:security-alerts`;

const accountAsset: Asset = {
  id: `arn:aws:::account/${ACCOUNT}`, provider: 'aws', account: ACCOUNT, region: 'global', type: 'AWS::::Account', kind: 'account', name: ACCOUNT,
  tags: {}, facets: {}, config: { regions: [REGION] }, gaps: {}, source: { type: 'api' }, observedAt: '2026-11-29T00:00:00.000Z',
};

function estate(subscription: 'confirmed' | 'pending') {
  return regionalEstate({
    cloudtrail: { trails: [{ Name: 'main', S3BucketName: 'trail-bucket', IsMultiRegionTrail: true, CloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:*` }] },
    logs: {
      logGroups: [{ logGroupName: LOG_GROUP, retentionInDays: 365 }],
      metricFilters: [{ logGroupName: LOG_GROUP, filterName: 'root-usage', filterPattern: CIS_MONITORING.rootUsage.pattern, metricTransformations: [{ metricName: 'RootUsage', metricNamespace: 'CISBenchmark', metricValue: '1' }] }],
    },
    monitoring: { metricAlarms: [{ AlarmName: 'root-usage', MetricName: 'RootUsage', Namespace: 'CISBenchmark', Statistic: 'Sum', Period: 300, Threshold: 1, EvaluationPeriods: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold', AlarmActions: [TOPIC] }] },
    sns: { topics: [{ Name: 'security-alerts', Subscriptions: [{ Protocol: 'email', Endpoint: 'secops@example.com', Status: subscription }] }] },
  });
}

/** Failed listings become lookup errors for the type the collector lists, as the engine does. */
const LISTED: Record<string, string> = { DescribeTrails: 'AWS::CloudTrail::Trail', DescribeLogGroups: 'AWS::Logs::LogGroup', DescribeMetricFilters: 'AWS::Logs::MetricFilter', DescribeAlarms: 'AWS::CloudWatch::Alarm', ListTopics: 'AWS::SNS::Topic' };

async function judge(subscription: 'confirmed' | 'pending', faults: FaultSpec[] = []) {
  const sim = await startSimulator({ estate: { ...estate(subscription), faults } });
  try {
    const out = await scanWith(sim, [trailsCollector, logGroupsCollector, metricFiltersCollector, alarmsCollector, topicsCollector]);
    const listingErrors: Record<string, typeof out.errors> = {};
    for (const e of out.errors) {
      const type = LISTED[e.operation];
      if (type) (listingErrors[type] ??= []).push(e);
    }
    return { out, verdict: runRule(rootUsageMonitored, accountAsset, fixtureContext(out.assets, listingErrors)) };
  } finally {
    await sim.close();
  }
}

describe('CIS 4.3 monitoring path on collected assets', () => {
  it('passes when the collected trail, filter, alarm and topic complete the path', async () => {
    const { out, verdict } = await judge('confirmed');
    expect(out.errors).toEqual([]);
    expect(out.assets.filter((a) => a.type === 'AWS::CloudTrail::Trail')).toHaveLength(1);
    expect(verdict.status).toBe('pass');
    expect(verdict.evidence.map((e) => e.path)).toContainEqual(expect.stringContaining(`${TOPIC}#config.subscriptions`));
  });

  it('fails when the only subscription is still pending confirmation', async () => {
    const { verdict } = await judge('pending');
    expect(verdict).toMatchObject({ status: 'fail', reason: expect.stringContaining('no confirmed subscription') });
  });

  it('is unknown when ListSubscriptionsByTopic was denied', async () => {
    const { out, verdict } = await judge('confirmed', [{ effect: 'deny', service: 'sns', operation: 'ListSubscriptionsByTopic' }]);
    expect(out.errors).toEqual([expect.objectContaining({ service: 'sns', operation: 'ListSubscriptionsByTopic', account: ACCOUNT, region: REGION })]);
    expect(verdict).toMatchObject({ status: 'unknown', reason: expect.stringContaining('ListSubscriptionsByTopic') });
  });

  it('is unknown when the trail status could not be read', async () => {
    const { verdict } = await judge('confirmed', [{ effect: 'deny', service: 'cloudtrail', operation: 'GetTrailStatus' }]);
    expect(verdict).toMatchObject({ status: 'unknown', reason: expect.stringContaining('GetTrailStatus') });
  });

  it('is unknown, not fail, when the metric filter listing was denied', async () => {
    const { verdict } = await judge('confirmed', [{ effect: 'deny', service: 'logs', operation: 'DescribeMetricFilters' }]);
    expect(verdict).toMatchObject({ status: 'unknown', reason: expect.stringContaining('AWS::Logs::MetricFilter listing incomplete') });
  });
});
