import type { Asset } from '../../../../core/asset.js';
import { fail, notApplicable, pass } from '../../../../core/rule.js';
import type { Verdict } from '../../../../core/verdict.js';
import { ATTRIBUTES_ASPECT, flag, loadBalancerType, TYPE_NAMES, type LoadBalancerType } from './load-balancer.js';

/** Verdict for "attribute `key` is true" on load balancers of `types`; other types are not applicable. */
export function attributeVerdict(asset: Asset, key: string, types: LoadBalancerType[], what: string): Verdict {
  const type = loadBalancerType(asset);
  const label = what.charAt(0).toUpperCase() + what.slice(1);
  if (!types.includes(type)) return notApplicable(`${label} is checked on ${types.map((t) => `${TYPE_NAMES[t]}s`).join(', ')} only, not on ${TYPE_NAMES[type]}s`);
  const on = flag(asset, key);
  const evidence = [{ path: `config.${ATTRIBUTES_ASPECT}.${key}`, observed: String(on), expected: 'true' }];
  return on ? pass(`${label} is enabled`, evidence) : fail(`${label} is not enabled`, evidence);
}
