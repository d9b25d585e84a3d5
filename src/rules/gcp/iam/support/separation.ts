/** Separation of duties on a project IAM policy: no principal holds an admin role and a usage role together. */
import { fail, need, pass } from '../../../../core/rule.js';
import type { Asset } from '../../../../core/asset.js';
import type { Verdict } from '../../../../core/verdict.js';
import { rolesByMember, type IamPolicy } from '../../support/iam-policy.js';

export function separationOfDuties(asset: Asset, admin: string, usage: string[], what: string): Verdict {
  const policy = need<IamPolicy | null>(asset, 'iamPolicy');
  const both = [...rolesByMember(policy)].filter(([, roles]) => roles.has(admin) && usage.some((r) => roles.has(r)));
  if (both.length === 0) {
    return pass(`No principal holds ${admin} together with ${what}`, [{ path: 'config.iamPolicy.bindings', observed: 'no overlap', expected: `${admin} and ${usage.join('/')} held by different principals` }]);
  }
  return fail(
    `Principals with both ${admin} and ${what}: ${both.map(([m, roles]) => `${m} (${[...roles].filter((r) => r === admin || usage.includes(r)).join(', ')})`).join('; ')}`,
    both.map(([m]) => ({ path: 'config.iamPolicy.bindings', observed: m, expected: `not both ${admin} and ${usage.join('/')}` })),
  );
}
