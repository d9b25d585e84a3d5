import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/** Cloud KMS crypto key facets. Only symmetric ENCRYPT_DECRYPT keys rotate automatically. */
interface CryptoKey {
  purpose?: string;
  rotationPeriod?: string;
  primary?: { state?: string };
}

/** Days in a protobuf duration string (`7776000s`). */
export function durationDays(d: string | undefined): number | undefined {
  const m = /^(\d+(?:\.\d+)?)s$/.exec(d ?? '');
  return m ? Number(m[1]) / 86400 : undefined;
}

export function kmsKeyFacets(asset: Asset): Asset {
  const key = (a: Asset) => aspectFor<CryptoKey>(a, 'cryptoKey');
  const symmetric = (a: Asset) => (key(a).purpose ?? 'ENCRYPT_DECRYPT') === 'ENCRYPT_DECRYPT';
  return deriveFacets(asset, 'crypto.key', {
    customerManaged: (a) => (key(a), true),
    enabled: (a) => (key(a).primary ? key(a).primary?.state === 'ENABLED' : true),
    rotationEnabled: (a) => (symmetric(a) ? Boolean(key(a).rotationPeriod) : undefined),
    rotationPeriodDays: (a) => (symmetric(a) ? durationDays(key(a).rotationPeriod) : undefined),
  });
}
