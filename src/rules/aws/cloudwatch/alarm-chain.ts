/**
 * Steps 2-5 of the CIS monitoring path, from the trail's log group: a metric filter covering the control,
 * an alarm with actions enabled on the filter's metric, and an SNS topic with a confirmed subscription
 * among the alarm's actions.
 */
import type { Asset } from '../../../core/asset.js';
import type { RuleContext } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import type { MonitoringControl } from './cis-monitoring-controls.js';
import { aspectOf, at, best, blocked, broken, lookup, STEP, type Outcome } from './outcome.js';
import { patternCovers } from './pattern-coverage.js';
import type { LogGroupRef } from './trail-delivery.js';
import { notifyingTopic } from './topic-delivery.js';

export const LOG_GROUP_TYPE = 'AWS::Logs::LogGroup';
export const METRIC_FILTER_TYPE = 'AWS::Logs::MetricFilter';
export const ALARM_TYPE = 'AWS::CloudWatch::Alarm';

interface MetricFilter {
  filterName?: string;
  filterPattern?: string;
  logGroupName?: string;
  metricTransformations?: Array<{ metricName?: string; metricNamespace?: string; dimensions?: Record<string, string> }>;
}

interface Dimension {
  Name?: string;
}

interface MetricAlarm {
  AlarmName?: string;
  ActionsEnabled?: boolean;
  AlarmActions?: string[];
  MetricName?: string;
  Namespace?: string;
  Dimensions?: Dimension[];
  Metrics?: Array<{ MetricStat?: { Metric?: { MetricName?: string; Namespace?: string; Dimensions?: Dimension[] } } }>;
}

type Transformation = NonNullable<MetricFilter['metricTransformations']>[number];

/** `account` is the account being judged: log groups elsewhere may simply not be in the scan. */
export function followLogGroup(ctx: RuleContext, account: string, lg: LogGroupRef, control: MonitoringControl, trailEvidence: Evidence[]): Outcome {
  const scope = { account: lg.account, region: lg.region };
  const groups = lookup(ctx, LOG_GROUP_TYPE, scope);
  const group = groups.assets.find((a) => a.name === lg.name);
  if (!group) {
    if (groups.incomplete) return blocked(STEP.logGroup, groups.incomplete, trailEvidence);
    if (lg.account !== account) return blocked(STEP.logGroup, `the trail delivers to log group ${lg.name} in account ${lg.account}, which is not in this scan`, trailEvidence);
    return broken(STEP.logGroup, `the trail delivers to log group ${lg.name} in ${lg.region}, which does not exist`, trailEvidence);
  }
  const evidence = [...trailEvidence, { path: at(group, 'id'), observed: group.id, expected: 'the trail log group' }];

  const listing = lookup(ctx, METRIC_FILTER_TYPE, scope);
  const filters = listing.assets.flatMap((a) => {
    const f = aspectOf<MetricFilter>(a, 'filter');
    return f.ok && f.value?.logGroupName === lg.name ? [{ asset: a, filter: f.value }] : [];
  });
  const covering = filters.filter((f) => patternCovers(f.filter.filterPattern, control).covers);
  if (covering.length === 0) {
    if (listing.incomplete) return blocked(STEP.metricFilter, listing.incomplete, evidence);
    if (filters.length === 0) return broken(STEP.metricFilter, `log group ${lg.name} has no metric filters`, evidence);
    // Explain with the filter that came closest (matched most of the control's events).
    const ranked = filters.map((f) => ({ ...f, c: patternCovers(f.filter.filterPattern, control) })).sort((a, b) => matchedOf(b.c) - matchedOf(a.c));
    const first = ranked[0]!;
    const detail = first.c.covers ? '' : `; closest is ${first.filter.filterName}: ${first.c.reason}`;
    const ev = { path: at(first.asset, 'config.filter.filterPattern'), observed: first.filter.filterPattern ?? null, expected: control.pattern };
    return broken(STEP.metricFilter, `none of the ${filters.length} metric filters on log group ${lg.name} covers ${control.subject}${detail}`, [...evidence, ev]);
  }

  const alarms = lookup(ctx, ALARM_TYPE, scope);
  const outcomes = covering.flatMap(({ asset, filter }) =>
    (filter.metricTransformations ?? []).map((t) => {
      const ev = [...evidence, { path: at(asset, 'config.filter.filterPattern'), observed: filter.filterPattern ?? null, expected: `covers ${control.subject}` }];
      return followMetric(ctx, account, alarms.assets, t, ev);
    }),
  );
  const result = best(outcomes, broken(STEP.alarm, `the covering metric filters publish no metric`, evidence));
  if (result.status === 'fail' && result.step === STEP.alarm && alarms.incomplete) return blocked(STEP.alarm, alarms.incomplete, evidence);
  return result;
}

function followMetric(ctx: RuleContext, account: string, alarms: Asset[], t: Transformation, evidence: Evidence[]): Outcome {
  const metric = `${t.metricNamespace ?? '?'}/${t.metricName ?? '?'}`;
  const watching = alarms.flatMap((a) => {
    const al = aspectOf<MetricAlarm>(a, 'alarm');
    return al.ok && al.value && watchesMetric(al.value, t) ? [{ asset: a, alarm: al.value }] : [];
  });
  if (watching.length === 0) return broken(STEP.alarm, `no alarm watches metric ${metric}`, evidence);
  const outcomes = watching.map(({ asset, alarm }) => {
    const ev: Evidence[] = [...evidence, { path: at(asset, 'config.alarm.ActionsEnabled'), observed: alarm.ActionsEnabled ?? null, expected: true }];
    if (alarm.ActionsEnabled === false) return broken(STEP.alarm, `alarm ${alarm.AlarmName} on ${metric} has its actions disabled`, ev);
    const topics = (alarm.AlarmActions ?? []).filter((arn) => arn.startsWith('arn:') && arn.split(':')[2] === 'sns');
    ev.push({ path: at(asset, 'config.alarm.AlarmActions'), observed: alarm.AlarmActions ?? [], expected: 'an SNS topic ARN' });
    if (topics.length === 0) return broken(STEP.alarm, `alarm ${alarm.AlarmName} on ${metric} notifies no SNS topic`, ev);
    return best(
      topics.map((arn) => notifyingTopic(ctx, account, arn, ev)),
      broken(STEP.topic, `alarm ${alarm.AlarmName} notifies no SNS topic`, ev),
    );
  });
  return best(outcomes, broken(STEP.alarm, `no alarm watches metric ${metric}`, evidence));
}

const matchedOf = (c: ReturnType<typeof patternCovers>): number => (c.covers ? Number.POSITIVE_INFINITY : c.matched);

/**
 * Metrics are identified by namespace, name and dimensions: an alarm watches the filter's metric only if
 * it names the same dimension keys the filter publishes (none, usually). Metric-math alarms count when one
 * of their queries reads the metric.
 */
export function watchesMetric(alarm: MetricAlarm, t: Transformation): boolean {
  const keys = Object.keys(t.dimensions ?? {}).sort().join(',');
  const same = (name?: string, ns?: string, dims?: Dimension[]) =>
    name === t.metricName && ns === t.metricNamespace && (dims ?? []).map((d) => d.Name ?? '').sort().join(',') === keys;
  if (same(alarm.MetricName, alarm.Namespace, alarm.Dimensions)) return true;
  return (alarm.Metrics ?? []).some((q) => same(q.MetricStat?.Metric?.MetricName, q.MetricStat?.Metric?.Namespace, q.MetricStat?.Metric?.Dimensions));
}

