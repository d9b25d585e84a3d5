import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets, type LongLivedKey } from '../../../core/facets.js';

/** IAM user facets from the user's credential report row (columns as AWS names them). */

const isDate = (v: string | undefined): v is string => Boolean(v && /^\d{4}-\d{2}-\d{2}T/.test(v));

function keys(row: Record<string, string>): LongLivedKey[] {
  const out: LongLivedKey[] = [];
  for (const slot of [1, 2]) {
    const created = row[`access_key_${slot}_last_rotated`];
    if (!isDate(created)) continue; // N/A: the slot holds no key
    const used = row[`access_key_${slot}_last_used_date`];
    out.push({ id: `access_key_${slot}`, active: row[`access_key_${slot}_active`] === 'true', createdAt: created, ...(isDate(used) ? { lastUsedAt: used } : {}) });
  }
  return out;
}

export function iamUserFacets(asset: Asset): Asset {
  const row = (a: Asset) => aspectFor<Record<string, string>>(a, 'credentials');
  return deriveFacets(asset, 'identity.user', {
    longLivedKeys: (a) => keys(row(a)),
    keyUsageTracked: (a) => (row(a), true),
    consoleAccess: (a) => row(a).password_enabled === 'true',
    mfaEnabled: (a) => row(a).mfa_active === 'true',
  });
}
