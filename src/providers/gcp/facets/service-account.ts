import type { Asset } from '../../../core/asset.js';
import { FacetGap, aspectFor, deriveFacets, type LongLivedKey } from '../../../core/facets.js';

/**
 * Service account facets: user-managed keys are the long-lived credentials (Google rotates system-managed
 * keys itself). Key last use is not part of the keys listing: `keyUsageTracked` is left out.
 */
interface ServiceAccountKey {
  name?: string;
  keyType?: string;
  validAfterTime?: string;
  disabled?: boolean;
}

export function serviceAccountFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'identity.service-account', {
    longLivedKeys: (a) =>
      (aspectFor<ServiceAccountKey[] | null>(a, 'keys') ?? [])
        .filter((k) => k.keyType === 'USER_MANAGED')
        .map((k): LongLivedKey => {
          const id = k.name?.split('/').pop() ?? 'key';
          if (!k.validAfterTime) throw new FacetGap({ provider: 'gcp', account: a.account, region: a.region, service: 'iam', operation: 'serviceAccounts.keys.list', code: 'NotReported', message: `key ${id} has no validAfterTime`, resource: a.id });
          return { id, active: k.disabled !== true, createdAt: k.validAfterTime };
        }),
  });
}
