import type { Asset } from '../../../core/asset.js';
import { FacetGap, aspectFor, deriveFacets, type LongLivedKey } from '../../../core/facets.js';
import { isoDate } from './dates.js';

/** The fields of the StorageAccount model the facets read. */
export interface StorageAccountModel {
  allowBlobPublicAccess?: boolean;
  enableHttpsTrafficOnly?: boolean;
  allowSharedKeyAccess?: boolean;
  encryption?: { keySource?: string };
  keyCreationTime?: { key1?: string; key2?: string };
}

interface DiagnosticSetting {
  storageAccountId?: string;
  workspaceId?: string;
  eventHubAuthorizationRuleId?: string;
  logs?: Array<{ category?: string; categoryGroup?: string; enabled?: boolean }>;
}

/** Blob read and write requests are logged to a destination (StorageRead+StorageWrite, or a category group). */
export function blobLogging(settings: DiagnosticSetting[] | null): boolean {
  return (settings ?? []).some((s) => {
    if (!s.storageAccountId && !s.workspaceId && !s.eventHubAuthorizationRuleId) return false;
    const on = (s.logs ?? []).filter((l) => l.enabled);
    if (on.some((l) => l.categoryGroup === 'allLogs' || l.categoryGroup === 'audit')) return true;
    return ['StorageRead', 'StorageWrite'].every((c) => on.some((l) => l.category === c));
  });
}

/**
 * Storage account facets: the two shared keys are long-lived credentials (disabled when shared-key access
 * is off). Accounts made before key creation times were recorded report none: the age is then unknown.
 */
export function storageAccountFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'storage.account', {
    longLivedKeys: (a) => {
      const acct = aspectFor<StorageAccountModel>(a, 'account');
      return (['key1', 'key2'] as const).map((id): LongLivedKey => {
        const createdAt = isoDate(acct.keyCreationTime?.[id]);
        if (!createdAt) throw new FacetGap({ provider: 'azure', account: a.account, region: a.region, service: 'storage', operation: 'storageAccounts.list', code: 'NotReported', message: `keyCreationTime.${id} is not reported for this account`, resource: a.id });
        return { id, active: acct.allowSharedKeyAccess !== false, createdAt };
      });
    },
  });
}
