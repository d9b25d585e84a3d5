import type { Asset, Provider } from '../../../core/asset.js';
import { needFacet, optionalFacet } from '../../../core/facets.js';
import { MissingData, fail, needAll, pass, type RuleContext } from '../../../core/rule.js';
import type { Verdict } from '../../../core/verdict.js';

/**
 * Scope-wide guards that can void a bucket's public grants, by provider: the native type of the
 * `account.setting` asset whose `guards` facet holds them. GCP's organization-policy public access
 * prevention is not collected, so GCP has none here.
 */
export const SCOPE_GUARD_TYPES: Partial<Record<Provider, string>> = { aws: 'AWS::S3::AccountPublicAccessBlock' };

/** Whether a bucket is publicly readable or writable, settling scope-level guards through the context. */
export function bucketPublicVerdict(asset: Asset, ctx: RuleContext, access: 'read' | 'write'): Verdict {
  const facet = access === 'read' ? 'publicRead' : 'publicWrite';
  const word = access === 'read' ? 'readable' : 'writable';
  const isPublic = needFacet(asset, 'storage.bucket', facet);
  if (!isPublic) return pass(`The bucket is not publicly ${word}`, [{ path: `facets.${facet}`, observed: false, expected: false }]);
  const evidence = [{ path: `facets.${facet}`, observed: true, expected: false }];
  const guards = optionalFacet(asset, 'storage.bucket', access === 'read' ? 'publicReadUnlessGuards' : 'publicWriteUnlessGuards');
  const type = SCOPE_GUARD_TYPES[asset.provider];
  if (!guards?.length || !type) return fail(`The bucket is publicly ${word}`, evidence);
  const guardAsset = needAll(ctx, type, { account: asset.account })[0];
  if (!guardAsset) throw new MissingData(`The bucket grants public ${access} access unless ${guards.join(' and ')} are on for the account, and ${type} was not collected`, evidence);
  const settings = needFacet(guardAsset, 'account.setting', 'guards');
  const off = guards.filter((g) => settings[g] !== true);
  const guardEvidence = guards.map((g) => ({ path: `${type}:facets.guards.${g}`, observed: settings[g] ?? null, expected: true }));
  if (off.length) return fail(`The bucket is publicly ${word}: its grants are not voided because ${off.join(' and ')} ${off.length > 1 ? 'are' : 'is'} off for the account`, [...evidence, ...guardEvidence]);
  return pass(`The bucket's public grants are voided by the account's ${guards.join(' and ')}`, [...evidence, ...guardEvidence]);
}
