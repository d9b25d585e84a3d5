import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';
import { durationDays, isoDate } from './dates.js';

/**
 * Key Vault key facets. Rotation is on when the rotation policy has a `rotate` lifetime action; its period is
 * `timeAfterCreate`, or the policy's expiry minus `timeBeforeExpiry`. ARM omits an empty rotation policy.
 */
interface Key {
  attributes?: { enabled?: boolean; expires?: number | string };
  rotationPolicy?: { attributes?: { expiryTime?: string }; lifetimeActions?: Array<{ trigger?: { timeAfterCreate?: string; timeBeforeExpiry?: string }; action?: { type?: string } }> };
}

function rotateAction(k: Key) {
  return (k.rotationPolicy?.lifetimeActions ?? []).find((l) => l.action?.type?.toLowerCase() === 'rotate');
}

export function keyVaultKeyFacets(asset: Asset): Asset {
  const key = (a: Asset) => aspectFor<Key>(a, 'key');
  return deriveFacets(asset, 'crypto.key', {
    customerManaged: (a) => (key(a), true),
    enabled: (a) => key(a).attributes?.enabled !== false,
    rotationEnabled: (a) => Boolean(rotateAction(key(a))),
    rotationPeriodDays: (a) => {
      const k = key(a);
      const t = rotateAction(k)?.trigger;
      if (!t) return undefined;
      if (t.timeAfterCreate) return durationDays(t.timeAfterCreate);
      const expiry = durationDays(k.rotationPolicy?.attributes?.expiryTime);
      const before = durationDays(t.timeBeforeExpiry);
      return expiry !== undefined && before !== undefined ? expiry - before : undefined;
    },
    expiresAt: (a) => isoDate(key(a).attributes?.expires) ?? null,
  });
}
