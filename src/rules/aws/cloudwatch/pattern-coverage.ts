/**
 * Whether a metric filter pattern covers a CIS monitoring control: it must match every event the control
 * is about and must not fire on routine read-only activity (a filter that matches everything is noise,
 * not monitoring).
 */
import type { MonitoringControl } from './cis-monitoring-controls.js';
import { ROUTINE_EVENTS, type CloudTrailEvent } from './cloudtrail-events.js';
import { matchesEvent, parseFilterPattern, type ParseResult } from './filter-pattern.js';

/** `matched`: how many of the control's events the filter does match (to point at the closest filter). */
export type Coverage = { covers: true } | { covers: false; reason: string; matched: number };

// Accounts share a handful of patterns; parse each once per process.
const parsed = new Map<string, ParseResult>();

function parse(pattern: string): ParseResult {
  let r = parsed.get(pattern);
  if (!r) {
    r = parseFilterPattern(pattern);
    if (parsed.size > 10_000) parsed.clear();
    parsed.set(pattern, r);
  }
  return r;
}

export function patternCovers(pattern: string | undefined, control: MonitoringControl): Coverage {
  if (!pattern?.trim()) return { covers: false, reason: 'the filter pattern is empty (it matches every log event)', matched: 0 };
  const r = parse(pattern);
  if (!r.ok) return { covers: false, reason: `the filter pattern cannot be read as a JSON filter: ${r.error}`, matched: 0 };
  const missed = control.events.filter((e) => !matchesEvent(r.expr, e));
  const matched = control.events.length - missed.length;
  if (missed[0]) return { covers: false, reason: `it does not match ${describeEvent(missed[0])}`, matched };
  const noisy = ROUTINE_EVENTS.find((e) => matchesEvent(r.expr, e));
  if (noisy) return { covers: false, reason: `it also matches routine activity (${describeEvent(noisy)}), so its alarm carries no signal`, matched };
  return { covers: true };
}

/** "ec2.amazonaws.com DeleteVpc by AssumedRole" plus the error code, for reasons. */
export function describeEvent(e: CloudTrailEvent): string {
  const who = (e.userIdentity as { type?: string } | undefined)?.type ?? 'unknown caller';
  const error = typeof e.errorCode === 'string' ? ` failing with ${e.errorCode}` : typeof e.errorMessage === 'string' ? ` failing with "${e.errorMessage}"` : '';
  const mfa = (e.additionalEventData as { MFAUsed?: string } | undefined)?.MFAUsed;
  return `a ${String(e.eventSource)} ${String(e.eventName)} event by ${who}${error}${mfa ? ` (MFAUsed=${mfa})` : ''}`;
}
