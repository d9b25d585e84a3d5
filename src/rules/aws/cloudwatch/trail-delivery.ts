/**
 * Step 1 of the CIS monitoring path: a multi-region trail that is logging, records all management
 * events and delivers them to a CloudWatch Logs log group.
 */
import type { Asset } from '../../../core/asset.js';
import type { Evidence } from '../../../core/verdict.js';
import { managementCoverage, type EventSelectorsOutput } from '../cloudtrail/support/event-selectors.js';
import { aspectOf, at, blocked, broken, STEP, type Outcome } from './outcome.js';

export const TRAIL_TYPE = 'AWS::CloudTrail::Trail';

/** The DescribeTrails entry (aspect `trail`). */
interface TrailDescription {
  Name?: string;
  TrailARN?: string;
  IsMultiRegionTrail?: boolean;
  CloudWatchLogsLogGroupArn?: string;
}

export interface LogGroupRef {
  arn: string;
  account: string;
  region: string;
  name: string;
}

export type TrailAssessment = { ok: true; trail: Asset; logGroup: LogGroupRef; evidence: Evidence[] } | { ok: false; outcome: Outcome };

/** `sources`: the event sources the control watches; a trail that excludes one of them cannot deliver it. */
export function assessTrail(trail: Asset, sources: string[]): TrailAssessment {
  const d = aspectOf<TrailDescription>(trail, 'trail');
  if (!d.ok) return { ok: false, outcome: blocked(STEP.trail, d.reason) };
  const t = d.value ?? {};
  const evidence: Evidence[] = [{ path: at(trail, 'config.trail.IsMultiRegionTrail'), observed: t.IsMultiRegionTrail ?? null, expected: true }];
  if (t.IsMultiRegionTrail !== true) return { ok: false, outcome: broken(STEP.trail, `trail ${trail.name} is not multi-region`, evidence) };

  const logGroup = parseLogGroupArn(t.CloudWatchLogsLogGroupArn);
  evidence.push({ path: at(trail, 'config.trail.CloudWatchLogsLogGroupArn'), observed: t.CloudWatchLogsLogGroupArn ?? null, expected: 'a log group ARN' });
  if (!logGroup) return { ok: false, outcome: broken(STEP.trail, `trail ${trail.name} does not deliver to CloudWatch Logs`, evidence) };

  const s = aspectOf<{ IsLogging?: boolean }>(trail, 'status');
  if (!s.ok) return { ok: false, outcome: blocked(STEP.trail, s.reason, evidence) };
  evidence.push({ path: at(trail, 'config.status.IsLogging'), observed: s.value?.IsLogging ?? null, expected: true });
  if (s.value?.IsLogging !== true) return { ok: false, outcome: broken(STEP.trail, `trail ${trail.name} is not logging`, evidence) };

  const sel = aspectOf<EventSelectorsOutput | null>(trail, 'eventSelectors');
  if (!sel.ok) return { ok: false, outcome: blocked(STEP.trail, sel.reason, evidence) };
  const cov = managementCoverage(sel.value);
  evidence.push({ path: at(trail, 'config.eventSelectors'), observed: { read: cov.read, write: cov.write, excluded: cov.excludedSources }, expected: { read: true, write: true } });
  if (!cov.read || !cov.write) return { ok: false, outcome: broken(STEP.trail, `trail ${trail.name} does not record all (read and write) management events`, evidence) };
  const excluded = sources.filter((s) => cov.excludedSources.includes(s));
  if (excluded.length) return { ok: false, outcome: broken(STEP.trail, `trail ${trail.name} excludes ${excluded.join(', ')} management events`, evidence) };

  return { ok: true, trail, logGroup, evidence };
}

/** `arn:aws:logs:<region>:<account>:log-group:<name>:*` (the `:*` suffix is optional). */
export function parseLogGroupArn(arn: string | undefined): LogGroupRef | null {
  const m = /^arn:[^:]+:logs:([^:]+):(\d{12}):log-group:([^:]+)(?::\*)?$/.exec(arn ?? '');
  return m ? { arn: arn!, region: m[1]!, account: m[2]!, name: m[3]! } : null;
}
