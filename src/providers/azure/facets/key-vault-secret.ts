import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';
import { isoDate } from './dates.js';

/** Key Vault secret facets. Key Vault secrets have no built-in rotation switch: `rotationEnabled` is left out. */
interface Secret {
  properties?: { attributes?: { enabled?: boolean; expires?: string | number } };
}

export function keyVaultSecretFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'secret', {
    expiresAt: (a) => isoDate(aspectFor<Secret>(a, 'secret').properties?.attributes?.expires) ?? null,
  });
}
