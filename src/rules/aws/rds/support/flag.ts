import { fail, pass, unknown } from '../../../../core/rule.js';
import type { Verdict } from '../../../../core/verdict.js';

/**
 * Verdict on a boolean setting that the Describe call always reports. The reason describes what was
 * observed (`whenTrue` / `whenFalse`); an absent value is `unknown`, since an incomplete record proves
 * nothing either way.
 */
export function flagVerdict(observed: boolean | undefined, path: string, expected: boolean, whenTrue: string, whenFalse: string): Verdict {
  const ev = [{ path, observed: observed ?? null, expected }];
  if (observed === undefined) return unknown(`${path} was not reported`, ev);
  const reason = observed ? whenTrue : whenFalse;
  return observed === expected ? pass(reason, ev) : fail(reason, ev);
}
