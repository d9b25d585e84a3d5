import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * Secret Manager secret facets (`secretmanager.googleapis.com/Secret`, aspect `secret`: the Secret resource).
 * Not in the collected catalog yet; derived here so the baseline covers it once a collector exists.
 */
interface Secret {
  rotation?: { rotationPeriod?: string; nextRotationTime?: string };
  expireTime?: string;
}

export function secretFacets(asset: Asset): Asset {
  const secret = (a: Asset) => aspectFor<Secret>(a, 'secret');
  return deriveFacets(asset, 'secret', {
    rotationEnabled: (a) => Boolean(secret(a).rotation?.rotationPeriod),
    expiresAt: (a) => secret(a).expireTime ?? null,
  });
}
