import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { runRule } from '../../../core/rule.js';
import { fixtureContext } from '../../../../test/support/assets.js';
import { CIS_MONITORING } from './cis-monitoring-controls.js';
import { evaluateMonitoring, monitoringRule } from './monitoring-rule.js';
import { ACCOUNT, accountAsset, gap, monitoringPath, type PathOptions } from './monitoring-fixtures.js';

const control = CIS_MONITORING.rootUsage;
const good: PathOptions = { pattern: control.pattern };

function verdictFor(assets: Asset[], errors: Parameters<typeof fixtureContext>[1] = {}) {
  return evaluateMonitoring(accountAsset(), fixtureContext(assets, errors), control);
}

function edit(assets: Asset[], type: string, change: (a: Asset) => void): Asset[] {
  const copy = structuredClone(assets);
  copy.filter((a) => a.type === type).forEach(change);
  return copy;
}

describe('evaluateMonitoring (CIS 4.x monitoring path)', () => {
  it('passes on a complete path, with evidence along it', () => {
    const v = verdictFor(monitoringPath(good));
    expect(v.status).toBe('pass');
    const paths = v.evidence.map((e) => e.path).join(' ');
    expect(paths).toContain('config.trail.IsMultiRegionTrail');
    expect(paths).toContain('config.filter.filterPattern');
    expect(paths).toContain('config.alarm.AlarmActions');
    expect(paths).toContain('config.subscriptions.Subscriptions');
  });

  it.each<[string, PathOptions, string]>([
    ['a single-region trail', { ...good, multiRegion: false }, 'not multi-region'],
    ['a trail that is not logging', { ...good, isLogging: false }, 'not logging'],
    ['a trail recording only write events', { ...good, eventSelectors: { EventSelectors: [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }] } }, 'management events'],
    ['advanced selectors narrowed to read-only', { ...good, eventSelectors: { AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, { Field: 'readOnly', Equals: ['true'] }] }] } }, 'management events'],
    ['a trail without CloudWatch Logs delivery', { ...good, logGroupArn: null }, 'does not deliver to CloudWatch Logs'],
    ['a trail delivering to a missing log group', { ...good, logGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:gone:*` }, 'does not exist'],
    ['a filter for another control', { ...good, pattern: CIS_MONITORING.vpcChanges.pattern }, 'none of the 1 metric filters'],
    ['an alarm on another metric', { ...good, alarmMetricName: 'other' }, 'no alarm watches metric CISBenchmark/cis-metric'],
    ['an alarm with actions disabled', { ...good, actionsEnabled: false }, 'actions disabled'],
    ['an alarm that only triggers Auto Scaling', { ...good, alarmActions: ['arn:aws:autoscaling:us-east-1:111111111111:scalingPolicy:x'] }, 'notifies no SNS topic'],
    ['a topic with only a pending subscription', { ...good, subscriptionArns: ['PendingConfirmation'] }, 'no confirmed subscription (1 pending or deleted)'],
    ['an alarm notifying a deleted topic', { ...good, alarmActions: [`arn:aws:sns:us-east-1:${ACCOUNT}:deleted`] }, 'does not exist'],
  ])('fails on %s', (_name, options, reason) => {
    const v = verdictFor(monitoringPath(options));
    expect(v.status).toBe('fail');
    expect(v.reason).toContain(reason);
    expect(v.reason).toContain("usage of the 'root' account not monitored");
  });

  it('fails when the account has no trail at all', () => {
    const v = verdictFor([]);
    expect(v).toMatchObject({ status: 'fail', reason: expect.stringContaining('no CloudTrail trail') });
  });

  it.each<[string, PathOptions, string]>([
    ['trail status could not be read', { ...good, trailGaps: { status: gap('cloudtrail', 'GetTrailStatus') } }, 'GetTrailStatus'],
    ['event selectors could not be read', { ...good, trailGaps: { eventSelectors: gap('cloudtrail', 'GetEventSelectors') } }, 'GetEventSelectors'],
    ['topic subscriptions could not be read', { ...good, topicGaps: { subscriptions: gap('sns', 'ListSubscriptionsByTopic') } }, 'ListSubscriptionsByTopic'],
    ['the log group is in an account outside the scan', { ...good, logGroupArn: 'arn:aws:logs:us-east-1:999999999999:log-group:org:*' }, 'not in this scan'],
    ['the topic is in an account outside the scan', { ...good, alarmActions: ['arn:aws:sns:us-east-1:999999999999:central'] }, 'not in this scan'],
  ])('is unknown when %s', (_name, options, reason) => {
    const v = verdictFor(monitoringPath(options));
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain(reason);
  });

  it.each(['AWS::CloudTrail::Trail', 'AWS::Logs::MetricFilter', 'AWS::CloudWatch::Alarm'])('is unknown when the %s listing failed and no path passes', (type) => {
    const assets = monitoringPath({ ...good, pattern: type === 'AWS::Logs::MetricFilter' ? '{ $.x = 1 }' : good.pattern, alarmMetricName: type === 'AWS::CloudWatch::Alarm' ? 'other' : undefined });
    const withoutTrail = type === 'AWS::CloudTrail::Trail' ? assets.filter((a) => a.type !== type) : assets;
    const v = verdictFor(withoutTrail, { [type]: [gap('x', 'List')] });
    expect(v.status).toBe('unknown');
    expect(v.reason).toContain(`${type} listing incomplete`);
  });

  it('passes when one trail completes the path even if the trail listing failed elsewhere', () => {
    const v = verdictFor(monitoringPath(good), { 'AWS::CloudTrail::Trail': [gap('cloudtrail', 'DescribeTrails')] });
    expect(v.status).toBe('pass');
  });

  it('passes when a second trail completes the path, and is unknown when the only other trail is unreadable', () => {
    const broken = edit(monitoringPath(good), 'AWS::CloudTrail::Trail', (t) => {
      t.id = `${t.id}-single`;
      (t.config.trail as Record<string, unknown>).TrailARN = t.id;
      (t.config.trail as Record<string, unknown>).IsMultiRegionTrail = false;
    }).filter((a) => a.type === 'AWS::CloudTrail::Trail');
    expect(verdictFor([...monitoringPath(good), ...broken]).status).toBe('pass');
    const unreadable = monitoringPath({ ...good, trailGaps: { status: gap('cloudtrail', 'GetTrailStatus') } });
    expect(verdictFor([...unreadable, ...broken]).status).toBe('unknown');
  });

  it('judges a multi-region trail seen in several regions once', () => {
    const shadows = edit(monitoringPath({ ...good, isLogging: false }), 'AWS::CloudTrail::Trail', (t) => {
      t.region = 'eu-west-1';
    }).filter((a) => a.type === 'AWS::CloudTrail::Trail');
    // The shadow copy (same TrailARN) says "not logging"; the home-region copy is kept as the one judged.
    expect(verdictFor([...monitoringPath(good), ...shadows]).status).toBe('pass');
  });

  it('accepts a metric-math alarm that reads the filter metric', () => {
    const assets = edit(monitoringPath(good), 'AWS::CloudWatch::Alarm', (a) => {
      const alarm = a.config.alarm as Record<string, unknown>;
      delete alarm.MetricName;
      delete alarm.Namespace;
      alarm.Metrics = [{ Id: 'm1', MetricStat: { Metric: { MetricName: 'cis-metric', Namespace: 'CISBenchmark' }, Period: 300, Stat: 'Sum' } }];
    });
    expect(verdictFor(assets).status).toBe('pass');
  });

  it('does not accept an alarm without the dimensions the filter publishes', () => {
    const assets = edit(monitoringPath(good), 'AWS::Logs::MetricFilter', (f) => {
      const filter = f.config.filter as { metricTransformations: Array<Record<string, unknown>> };
      filter.metricTransformations[0]!.dimensions = { User: '$.userIdentity.arn' };
    });
    expect(verdictFor(assets)).toMatchObject({ status: 'fail', reason: expect.stringContaining('no alarm watches') });
  });

  it('fails a KMS control when the trail excludes KMS management events, but not other controls', () => {
    const eventSelectors = { EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, ExcludeManagementEventSources: ['kms.amazonaws.com'] }] };
    const kms = CIS_MONITORING.cmkDisableOrDeletion;
    const v = evaluateMonitoring(accountAsset(), fixtureContext(monitoringPath({ pattern: kms.pattern, eventSelectors })), kms);
    expect(v).toMatchObject({ status: 'fail', reason: expect.stringContaining('excludes kms.amazonaws.com') });
    expect(verdictFor(monitoringPath({ ...good, eventSelectors })).status).toBe('pass');
  });

  it('builds a rule for AWS::::Account mapped to the CIS control', () => {
    const rule = monitoringRule({ id: 'aws.cloudwatch.x', title: 't', severity: 'low', rationale: 'r', control, metricName: 'root-usage' });
    expect(rule.types).toEqual(['AWS::::Account']);
    expect(rule.compliance).toEqual([{ framework: 'cis-aws-foundations-v5.0.0', control: '4.3' }]);
    expect(rule.remediation.cli).toContain(control.pattern);
    expect(runRule(rule, accountAsset(), fixtureContext(monitoringPath(good))).status).toBe('pass');
  });
});
