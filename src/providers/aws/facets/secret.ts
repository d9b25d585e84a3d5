import type { SecretListEntry } from '@aws-sdk/client-secrets-manager';
import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/** Secrets Manager secret facets. Secrets Manager secrets have no expiry date: `expiresAt` is not modelled. */
export function secretFacets(asset: Asset): Asset {
  return deriveFacets(asset, 'secret', {
    rotationEnabled: (a) => aspectFor<SecretListEntry>(a, 'secret').RotationEnabled === true,
  });
}
