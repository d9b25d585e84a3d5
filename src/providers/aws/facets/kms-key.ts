import type { KeyMetadata } from '@aws-sdk/client-kms';
import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * KMS key facets. AWS rotates its own keys yearly. For customer keys, automatic rotation exists only for
 * enabled symmetric keys with AWS_KMS key material (the collector reads the rotation status of exactly
 * those); for the others rotation is not modelled (asymmetric, HMAC, imported, disabled or pending deletion).
 */
function rotationApplies(m: KeyMetadata): boolean {
  return m.KeySpec === 'SYMMETRIC_DEFAULT' && (m.Origin ?? 'AWS_KMS') === 'AWS_KMS' && (m.KeyState ?? 'Enabled') === 'Enabled';
}

export function kmsKeyFacets(asset: Asset): Asset {
  const meta = (a: Asset) => aspectFor<KeyMetadata>(a, 'metadata');
  const rotation = (a: Asset) => aspectFor<{ KeyRotationEnabled?: boolean; RotationPeriodInDays?: number } | null>(a, 'rotation');
  return deriveFacets(asset, 'crypto.key', {
    customerManaged: (a) => meta(a).KeyManager === 'CUSTOMER',
    enabled: (a) => meta(a).Enabled === true,
    rotationEnabled: (a) => {
      const m = meta(a);
      if (m.KeyManager === 'AWS') return true;
      return rotationApplies(m) ? rotation(a)?.KeyRotationEnabled === true : undefined;
    },
    rotationPeriodDays: (a) => {
      const m = meta(a);
      if (m.KeyManager === 'AWS') return 365;
      if (!rotationApplies(m)) return undefined;
      const r = rotation(a);
      return r?.KeyRotationEnabled ? (r.RotationPeriodInDays ?? 365) : undefined;
    },
  });
}
