import type { Asset } from '../../../core/asset.js';
import { fail, need, pass, unknown } from '../../../core/rule.js';
import type { Evidence, Verdict } from '../../../core/verdict.js';

/** One server parameter as configurations.listByServer returns it (flexible servers, PostgreSQL and MySQL). */
export interface ServerParameter {
  name?: string;
  value?: string;
}

/**
 * Judges one server parameter. listByServer returns every parameter, so one missing from a collected list
 * (or reported without a value) cannot be judged and is `unknown`, never a pass.
 */
export function judgeParameter(asset: Asset, names: string[], ok: (value: string) => boolean, expected: string): Verdict {
  const params = need<ServerParameter[]>(asset, 'configurations');
  const found = names.map((n) => params.find((p) => (p.name ?? '').toLowerCase() === n.toLowerCase())).find((p) => p !== undefined);
  const name = found?.name ?? names[0] ?? '';
  const evidence: Evidence[] = [{ path: `config.configurations[name=${name}].value`, observed: found?.value ?? null, expected }];
  if (found?.value === undefined || found.value === null) return unknown(`Server parameter ${names.join(' / ')} is not in the collected configuration`, evidence);
  return ok(found.value) ? pass(`${name} is ${found.value}`, evidence) : fail(`${name} is ${found.value} (expected ${expected})`, evidence);
}

export const isOn = (v: string): boolean => ['on', 'true', '1'].includes(v.trim().toLowerCase());
