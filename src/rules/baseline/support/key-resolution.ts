import type { Asset, Provider } from '../../../core/asset.js';
import { needFacet, optionalFacet } from '../../../core/facets.js';
import { MissingData, fail, needAll, pass, type RuleContext } from '../../../core/rule.js';
import type { Verdict } from '../../../core/verdict.js';

/** The native type of each provider's keys, for resolving a `keyRef` facet. */
export const KEY_TYPES: Record<Provider, string> = { aws: 'AWS::KMS::Key', azure: 'Microsoft.KeyVault/vaults/keys', gcp: 'cloudkms.googleapis.com/CryptoKey' };

/** `arn:aws:kms:<region>:<account>:key/<id>` or `...:alias/<name>` split up. */
function parseArn(ref: string): { region: string; account: string; resource: string } | undefined {
  const m = /^arn:[^:]+:kms:([^:]*):([^:]*):(.+)$/.exec(ref);
  return m ? { region: m[1] ?? '', account: m[2] ?? '', resource: m[3] ?? '' } : undefined;
}

/**
 * Whether a bucket's or volume's encryption key is customer-managed: the `customerManagedKey` facet when the
 * asset settles it, else the `keyRef` resolved against the provider's key assets in the same account.
 */
export function customerKeyVerdict(asset: Asset, ctx: RuleContext, kind: 'storage.bucket' | 'storage.volume'): Verdict {
  const cmk = optionalFacet(asset, kind, 'customerManagedKey');
  if (cmk !== undefined) {
    const ev = [{ path: 'facets.customerManagedKey', observed: cmk, expected: true }];
    return cmk ? pass('Encrypted with a customer-managed key', ev) : fail('Not encrypted with a customer-managed key (provider-managed keys only)', ev);
  }
  const ref = needFacet(asset, kind, 'keyRef');
  if (!ref) throw new MissingData('Neither the key owner nor the key could be determined', [{ path: 'facets.keyRef', observed: null, expected: 'determined' }]);
  const ev = [{ path: 'facets.keyRef', observed: ref, expected: 'a customer-managed key' }];
  const arn = parseArn(ref);
  const resource = arn?.resource ?? ref;
  if (resource.startsWith('alias/aws/')) return fail(`Encrypted with the AWS-managed key ${resource}`, ev);
  if (arn && arn.account && arn.account !== asset.account) return pass(`Encrypted with a key of account ${arn.account} (AWS-managed keys never cross accounts)`, ev);
  if (resource.startsWith('alias/')) throw new MissingData(`Encrypted with the key behind ${resource}; aliases are not resolved`, ev);
  const keys = needAll(ctx, KEY_TYPES[asset.provider], { account: asset.account, ...(arn?.region || asset.region ? { region: arn?.region || asset.region } : {}) });
  const key = keys.find((k) => k.id === ref || k.id.endsWith(`/${resource.replace(/^key\//, '')}`));
  if (!key) throw new MissingData(`The encryption key ${ref} is not among the collected keys`, ev);
  const managed = needFacet(key, 'crypto.key', 'customerManaged');
  const kev = [...ev, { path: `${key.id}:facets.customerManaged`, observed: managed, expected: true }];
  return managed ? pass(`Encrypted with the customer-managed key ${key.id}`, kev) : fail(`Encrypted with the provider-managed key ${key.id}`, kev);
}
