/**
 * Test fixtures for the CIS monitoring rules (used by the *.test.ts files beside it): one account with a
 * complete trail -> log group -> metric filter -> alarm -> topic path, each link adjustable so tests can
 * break exactly one thing.
 */
import type { Asset, CollectionError } from '../../../core/asset.js';

export const ACCOUNT = '111111111111';
const REGION = 'us-east-1';
const LOG_GROUP = 'aws-cloudtrail-logs-org';
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:security-alerts`;

export interface PathOptions {
  pattern: string;
  multiRegion?: boolean;
  isLogging?: boolean;
  /** GetEventSelectors output; default: one basic selector recording all management events. */
  eventSelectors?: unknown;
  logGroupArn?: string | null;
  actionsEnabled?: boolean;
  alarmMetricName?: string;
  alarmActions?: string[];
  subscriptionArns?: string[];
  /** Gaps to put on the trail asset (aspect -> error). */
  trailGaps?: Record<string, CollectionError>;
  /** Gaps to put on the topic asset. */
  topicGaps?: Record<string, CollectionError>;
}

function asset(type: string, kind: string, id: string, name: string, config: Record<string, unknown>, region = REGION, gaps: Record<string, CollectionError> = {}): Asset {
  return {
    id, provider: 'aws', account: ACCOUNT, region, type, kind, name, tags: {}, facets: {}, config, gaps,
    source: { type: 'api' }, observedAt: '2026-11-29T00:00:00.000Z',
  };
}

export function accountAsset(): Asset {
  return asset('AWS::::Account', 'account', `arn:aws:::account/${ACCOUNT}`, ACCOUNT, { regions: [REGION, 'eu-west-1'] }, 'global');
}

export function monitoringPath(o: PathOptions): Asset[] {
  const trailArn = `arn:aws:cloudtrail:${REGION}:${ACCOUNT}:trail/org-trail`;
  const lgArn = o.logGroupArn === undefined ? `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:*` : o.logGroupArn;
  const trailConfig: Record<string, unknown> = {
    trail: { Name: 'org-trail', TrailARN: trailArn, HomeRegion: REGION, IsMultiRegionTrail: o.multiRegion ?? true, ...(lgArn ? { CloudWatchLogsLogGroupArn: lgArn } : {}) },
    status: { IsLogging: o.isLogging ?? true },
    eventSelectors: o.eventSelectors ?? { TrailARN: trailArn, EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] },
  };
  for (const k of Object.keys(o.trailGaps ?? {})) delete trailConfig[k];
  const metric = 'cis-metric';
  const subs = (o.subscriptionArns ?? [`${TOPIC_ARN}:3f1c2b9e-8a7d-4e6f-9b0a-1c2d3e4f5a6b`]).map((arn) => ({ SubscriptionArn: arn, Protocol: 'email', Endpoint: 'secops@example.com', TopicArn: TOPIC_ARN, Owner: ACCOUNT }));
  const topicConfig: Record<string, unknown> = { attributes: { Attributes: { TopicArn: TOPIC_ARN } }, subscriptions: { Subscriptions: subs } };
  for (const k of Object.keys(o.topicGaps ?? {})) delete topicConfig[k];
  return [
    asset('AWS::CloudTrail::Trail', 'logging.audit-trail', trailArn, 'org-trail', trailConfig, REGION, o.trailGaps),
    asset('AWS::Logs::LogGroup', 'logging.log-group', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}`, LOG_GROUP, { logGroup: { logGroupName: LOG_GROUP, retentionInDays: 365 } }),
    asset('AWS::Logs::MetricFilter', 'logging.metric-filter', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${LOG_GROUP}:metric-filter:cis`, 'cis', {
      filter: { filterName: 'cis', logGroupName: LOG_GROUP, filterPattern: o.pattern, metricTransformations: [{ metricName: metric, metricNamespace: 'CISBenchmark', metricValue: '1' }] },
    }),
    asset('AWS::CloudWatch::Alarm', 'monitoring.alarm', `arn:aws:cloudwatch:${REGION}:${ACCOUNT}:alarm:cis`, 'cis', {
      alarm: { AlarmName: 'cis', ActionsEnabled: o.actionsEnabled ?? true, AlarmActions: o.alarmActions ?? [TOPIC_ARN], MetricName: o.alarmMetricName ?? metric, Namespace: 'CISBenchmark', Dimensions: [] },
    }),
    asset('AWS::SNS::Topic', 'messaging.topic', TOPIC_ARN, 'security-alerts', topicConfig, REGION, o.topicGaps),
  ];
}

export function gap(service: string, operation: string): CollectionError {
  return { provider: 'aws', account: ACCOUNT, region: REGION, service, operation, code: 'AccessDenied', message: 'simulated denial' };
}
