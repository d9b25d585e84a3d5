import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * Subscription activity-log diagnostic setting facets. The activity log is subscription-wide (every region
 * and resource provider); the setting covers what matters when it exports the Administrative, Security,
 * Policy and Alert categories (CIS Azure 6.1.1.2), or the allLogs group.
 */
interface Setting {
  storageAccountId?: string;
  workspaceId?: string;
  eventHubAuthorizationRuleId?: string;
  logs?: Array<{ category?: string; categoryGroup?: string; enabled?: boolean }>;
}

export const REQUIRED_CATEGORIES = ['Administrative', 'Security', 'Policy', 'Alert'];

export function activityLogSettingFacets(asset: Asset): Asset {
  const setting = (a: Asset) => aspectFor<Setting>(a, 'setting');
  const enabled = (a: Asset) => (setting(a).logs ?? []).filter((l) => l.enabled);
  return deriveFacets(asset, 'logging.audit-trail', {
    enabled: (a) => enabled(a).length > 0,
    allRegionsAndServices: (a) => {
      const on = enabled(a);
      return on.some((l) => l.categoryGroup === 'allLogs') || REQUIRED_CATEGORIES.every((c) => on.some((l) => l.category === c));
    },
    durableDestination: (a) => Boolean(setting(a).storageAccountId || setting(a).workspaceId || setting(a).eventHubAuthorizationRuleId),
  });
}
