import { fail, pass, unknown } from '../../../../core/rule.js';
import type { Verdict } from '../../../../core/verdict.js';

/**
 * Verdict on a boolean setting the Describe call always reports: `true` passes, `false` fails, and an
 * absent value is `unknown` (an incomplete record proves nothing either way).
 */
export function flagVerdict(observed: boolean | undefined, path: string, onTrue: string, onFalse: string, expected = true): Verdict {
  const ev = [{ path, observed: observed ?? null, expected }];
  if (observed === undefined) return unknown(`${path} was not reported`, ev);
  return observed === expected ? pass(observed ? onTrue : onFalse, ev) : fail(observed ? onTrue : onFalse, ev);
}
