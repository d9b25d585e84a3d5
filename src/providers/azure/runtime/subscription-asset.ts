/**
 * The `Microsoft.Resources/subscriptions` asset of each subscription. The driver makes it; collectors
 * add subscription-wide aspects (activity log settings, Defender plans, network watchers ...) by
 * yielding an asset with the same id, which the driver merges into this one and stores once, last,
 * with the `locations` every other asset was seen in.
 */
import type { Asset } from '../../../core/asset.js';

export const SUBSCRIPTION_TYPE = 'Microsoft.Resources/subscriptions';

export function subscriptionAssetId(subscriptionId: string): string {
  return `/subscriptions/${subscriptionId}`;
}

export function isSubscriptionAsset(asset: Asset, subscriptionId: string): boolean {
  return asset.type === SUBSCRIPTION_TYPE && asset.id.toLowerCase() === subscriptionAssetId(subscriptionId).toLowerCase();
}

/** Merges a collector's subscription-asset aspects (with their sources) into the driver's: present values win over gaps. */
export function mergeSubscriptionAsset(into: Asset, from: Asset): void {
  const source = (k: string) => {
    const s = from.provenance?.[k];
    if (s !== undefined) (into.provenance ??= {})[k] = s;
  };
  for (const [k, v] of Object.entries(from.config)) {
    into.config[k] = v;
    delete into.gaps[k];
    source(k);
  }
  for (const [k, e] of Object.entries(from.gaps)) {
    if (k in into.config) continue;
    into.gaps[k] = e;
    source(k);
  }
  into.tags = { ...into.tags, ...from.tags };
}
