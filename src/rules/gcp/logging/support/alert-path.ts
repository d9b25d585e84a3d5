/**
 * Does the project alert on a CIS log control? Passes when a log-based metric whose filter matches every
 * entry of the control is watched by an enabled alert policy that notifies at least one channel, or when an
 * enabled log-match alert policy's own filter matches them. Filters Parapet cannot read make the verdict
 * unknown rather than fail when nothing else covers the control.
 */
import type { logging_v2 } from 'googleapis/build/src/apis/logging/v2.js';
import type { monitoring_v3 } from 'googleapis/build/src/apis/monitoring/v3.js';
import type { Asset } from '../../../../core/asset.js';
import { fail, need, pass, unknown } from '../../../../core/rule.js';
import type { Evidence, Verdict } from '../../../../core/verdict.js';
import type { LogControl } from './cis-log-controls.js';
import { parseFilter } from './log-filter.js';

type LogMetric = logging_v2.Schema$LogMetric;
type AlertPolicy = monitoring_v3.Schema$AlertPolicy;

type Coverage = { covers: true } | { covers: false; error?: string };

export function coverage(filter: string | null | undefined, control: LogControl): Coverage {
  try {
    const f = parseFilter(filter ?? '');
    return { covers: control.entries.every((e) => f.matches(e)) };
  } catch (e) {
    return { covers: false, error: e instanceof Error ? e.message : String(e) };
  }
}

/** The metric type Cloud Monitoring gives a user-defined log-based metric. */
export function metricType(m: LogMetric): string {
  const id = (m.name ?? '').replace(/^projects\/[^/]+\/metrics\//, '');
  return m.metricDescriptor?.type ?? `logging.googleapis.com/user/${id}`;
}

/** Whether any condition of the policy reads the metric (threshold/absence filters, MQL or PromQL queries). */
function watches(p: AlertPolicy, type: string): boolean {
  const promName = `logging_googleapis_com:user_${type.replace('logging.googleapis.com/user/', '').replace(/[^a-zA-Z0-9_]/g, '_')}`;
  return (p.conditions ?? []).some((c) => {
    const filters = [c.conditionThreshold?.filter, c.conditionAbsent?.filter].filter((f): f is string => !!f);
    const inFilter = filters.some((f) => [...f.matchAll(/metric\.type\s*=\s*"?([^"\s)]+)"?/g)].some((m) => m[1] === type));
    return inFilter || !!c.conditionMonitoringQueryLanguage?.query?.includes(type) || !!c.conditionPrometheusQueryLanguage?.query?.includes(promName);
  });
}

// `enabled` unset means enabled (Cloud Monitoring's documented default on write).
const isEnabled = (p: AlertPolicy): boolean => p.enabled !== false;
const channels = (p: AlertPolicy): string[] => p.notificationChannels ?? [];
const label = (p: AlertPolicy): string => p.displayName ?? p.name ?? '(unnamed policy)';

export function evaluateLogControl(asset: Asset, control: LogControl): Verdict {
  const metrics = (need<LogMetric[] | null>(asset, 'logMetrics') ?? []).filter((m) => m.disabled !== true);
  const policies = need<AlertPolicy[] | null>(asset, 'alertPolicies') ?? [];
  const subject = control.subject;
  const unreadable: string[] = [];
  const problems: string[] = [];

  // Log-match alert policies carry their own filter.
  for (const p of policies) {
    for (const c of p.conditions ?? []) {
      if (!c.conditionMatchedLog) continue;
      const cov = coverage(c.conditionMatchedLog.filter, control);
      if (!cov.covers && cov.error) unreadable.push(`alert policy ${label(p)}: ${cov.error}`);
      if (cov.covers && !isEnabled(p)) problems.push(`log-match alert policy ${label(p)} is disabled`);
      else if (cov.covers && channels(p).length === 0) problems.push(`log-match alert policy ${label(p)} has no notification channels`);
      else if (cov.covers) {
        return pass(`Log-match alert policy ${label(p)} covers ${subject} and notifies ${channels(p).length} channel(s)`, [
          { path: 'config.alertPolicies[].conditions[].conditionMatchedLog.filter', observed: c.conditionMatchedLog.filter ?? null, expected: control.filter },
        ]);
      }
    }
  }

  const covering = metrics.filter((m) => {
    const cov = coverage(m.filter, control);
    if (!cov.covers && cov.error) unreadable.push(`log metric ${m.name}: ${cov.error}`);
    return cov.covers;
  });
  const base: Evidence[] = [{ path: 'config.logMetrics[].filter', observed: covering.map((m) => `${m.name}: ${m.filter}`), expected: `a filter matching ${subject}` }];

  if (covering.length === 0) {
    if (unreadable.length > 0) return unknown(`No readable log metric covers ${subject}, and some filters could not be judged (${unreadable.join('; ')})`, base);
    if (problems.length > 0) return fail(`${subject} not monitored: ${problems.join('; ')}`, base);
    return fail(`${subject} not monitored: none of the ${metrics.length} enabled log metric(s) matches these events`, [
      { path: 'config.logMetrics[].filter', observed: metrics.map((m) => m.filter ?? ''), expected: control.filter },
    ]);
  }

  for (const m of covering) {
    const type = metricType(m);
    const watching = policies.filter((p) => watches(p, type));
    if (watching.length === 0) problems.push(`no alert policy watches ${type}`);
    for (const p of watching) {
      const ev = [...base, { path: 'config.alertPolicies[].name', observed: label(p), expected: `enabled, with notification channels, on ${type}` }];
      if (!isEnabled(p)) problems.push(`alert policy ${label(p)} on ${type} is disabled`);
      else if (channels(p).length === 0) problems.push(`alert policy ${label(p)} on ${type} has no notification channels`);
      else return pass(`Log metric ${m.name} covers ${subject}; alert policy ${label(p)} notifies ${channels(p).length} channel(s)`, ev);
    }
  }
  if (unreadable.length > 0) return unknown(`${subject}: ${problems.join('; ')}; other filters could not be judged (${unreadable.join('; ')})`, base);
  return fail(`${subject} not monitored: ${problems.join('; ')}`, [...base, { path: 'config.alertPolicies', observed: policies.map(label), expected: 'an enabled policy with channels on the metric' }]);
}
