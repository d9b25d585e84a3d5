import { fail, need, pass } from '../../../../core/rule.js';
import type { Asset } from '../../../../core/asset.js';
import type { Evidence, Verdict } from '../../../../core/verdict.js';
import { accessKeySlots, columnPath, daysSince, isTrue, reportDate, type CredentialRow } from './credential-row.js';

/**
 * Enabled credentials of a user that have not been used for `maxDays` days or more. A credential never
 * used counts from when it was issued (password last changed, key last rotated), as the CIS audit does.
 */
export function evaluateUnusedCredentials(asset: Asset, maxDays: number): Verdict {
  const row = need<CredentialRow>(asset, 'credentials');
  const now = new Date(asset.observedAt);
  const stale: string[] = [];
  const ev: Evidence[] = [];
  const expected = `used within ${maxDays} days`;

  if (isTrue(row.password_enabled)) {
    const used = reportDate(row.password_last_used);
    const since = used ?? reportDate(row.password_last_changed) ?? reportDate(row.user_creation_time);
    ev.push({ path: columnPath(used ? 'password_last_used' : 'password_last_changed'), observed: used ? row.password_last_used : (row.password_last_changed ?? null), expected });
    if (since && daysSince(since, now) >= maxDays) stale.push(`console password ${used ? 'last used' : 'never used, set'} ${daysSince(since, now)} days ago`);
  }
  for (const key of accessKeySlots(row)) {
    if (!key.active) continue;
    const since = key.lastUsed ?? key.lastRotated;
    const column = key.lastUsed ? `access_key_${key.slot}_last_used_date` : `access_key_${key.slot}_last_rotated`;
    ev.push({ path: columnPath(column), observed: row[column] ?? null, expected });
    if (since && daysSince(since, now) >= maxDays) stale.push(`access key ${key.slot} ${key.lastUsed ? 'last used' : 'never used, created'} ${daysSince(since, now)} days ago`);
  }
  if (ev.length === 0) return pass('The user has no enabled password or active access key', [{ path: columnPath('password_enabled'), observed: row.password_enabled ?? null, expected: 'any' }]);
  return stale.length > 0 ? fail(`Unused credentials still enabled: ${stale.join('; ')}`, ev) : pass(`Every enabled credential was used within ${maxDays} days`, ev);
}
