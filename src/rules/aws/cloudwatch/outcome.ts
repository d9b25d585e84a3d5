/**
 * Outcomes of following one monitoring path (trail -> log group -> metric filter -> alarm -> topic), and
 * how several paths combine: one complete path passes; otherwise any path blocked by missing data makes
 * the verdict unknown (never pass, never a fail we cannot prove); otherwise the fail that got furthest
 * explains best what is missing.
 */
import { describeError, type Asset } from '../../../core/asset.js';
import type { Lookup, RuleContext } from '../../../core/rule.js';
import type { Evidence, Status, Verdict } from '../../../core/verdict.js';

/** How far along the path an outcome got: a fail at a later step says more. */
export const STEP = { trail: 1, logGroup: 2, metricFilter: 3, alarm: 4, topic: 5 } as const;

export interface Outcome {
  status: Exclude<Status, 'not_applicable'>;
  reason: string;
  evidence: Evidence[];
  step: number;
}

export const ok = (reason: string, evidence: Evidence[]): Outcome => ({ status: 'pass', reason, evidence, step: STEP.topic });
export const broken = (step: number, reason: string, evidence: Evidence[] = []): Outcome => ({ status: 'fail', reason, evidence, step });
export const blocked = (step: number, reason: string, evidence: Evidence[] = []): Outcome => ({ status: 'unknown', reason, evidence, step });

export function best(outcomes: Outcome[], none: Outcome): Outcome {
  const passed = outcomes.find((o) => o.status === 'pass');
  if (passed) return passed;
  const unknown = outcomes.find((o) => o.status === 'unknown');
  if (unknown) return unknown;
  return outcomes.reduce((a, b) => (b.step > a.step ? b : a), outcomes[0] ?? none);
}

export function toVerdict(o: Outcome): Verdict {
  return { status: o.status, reason: o.reason, evidence: o.evidence };
}

/** An aspect's value, or why it is missing (unlike `need`, does not throw: other paths may still pass). */
export function aspectOf<T>(asset: Asset, aspect: string): { ok: true; value: T } | { ok: false; reason: string } {
  const gap = asset.gaps[aspect];
  if (gap) return { ok: false, reason: `${aspect} of ${asset.id} could not be collected: ${describeError(gap)}` };
  if (!(aspect in asset.config)) return { ok: false, reason: `${aspect} of ${asset.id} was not collected` };
  return { ok: true, value: asset.config[aspect] as T };
}

/** A listing that may be incomplete; the caller decides whether the incompleteness matters. */
export function lookup(ctx: RuleContext, type: string, scope: { account: string; region?: string }): Lookup & { incomplete?: string } {
  const r = ctx.find(type, scope);
  const first = r.errors[0];
  return first ? { ...r, incomplete: `${type} listing incomplete: ${describeError(first)}` } : r;
}

/** Evidence path on another asset than the one judged. */
export const at = (asset: Asset | string, path: string): string => `${typeof asset === 'string' ? asset : asset.id}#${path}`;
