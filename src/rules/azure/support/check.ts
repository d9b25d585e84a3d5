import { fail, pass } from '../../../core/rule.js';
import type { Evidence, Verdict } from '../../../core/verdict.js';

/** One-field check: pass or fail on `ok`, with the field read as evidence. */
export function check(ok: boolean, evidence: Evidence, passReason: string, failReason: string): Verdict {
  return ok ? pass(passReason, [evidence]) : fail(failReason, [evidence]);
}

/** Case-insensitive equality for ARM enum strings, which services return in varying case. */
export const same = (a: string | undefined | null, b: string): boolean => (a ?? '').toLowerCase() === b.toLowerCase();

/** Evidence path on another asset than the one judged (`<asset id>#config...`). */
export const at = (assetId: string, path: string): string => `${assetId}#${path}`;
