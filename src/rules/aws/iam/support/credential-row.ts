/**
 * Reading one row of the IAM credential report (columns as AWS names them: `password_enabled`,
 * `access_key_1_last_rotated` ...). Values are kept as the report writes them: `true` / `false`, ISO 8601
 * timestamps, or markers: `N/A` (no such credential / never used), `no_information` (password never used
 * since tracking began), `not_supported` (root password columns).
 */

export type CredentialRow = Record<string, string>;

export const ROOT_ROW_USER = '<root_account>';

const MS_PER_DAY = 86_400_000;

export function isTrue(v: string | undefined): boolean {
  return v === 'true';
}

/** A report timestamp, or `undefined` for the report's markers. */
export function reportDate(v: string | undefined): Date | undefined {
  if (!v || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Whole days from `then` to `now`. */
export function daysSince(then: Date, now: Date): number {
  return Math.floor((now.getTime() - then.getTime()) / MS_PER_DAY);
}

export interface AccessKeySlot {
  slot: 1 | 2;
  active: boolean;
  lastRotated?: Date;
  lastUsed?: Date;
}

/** The two access key slots the report has for every user (IAM allows at most two keys). */
export function accessKeySlots(row: CredentialRow): AccessKeySlot[] {
  return ([1, 2] as const).map((slot) => {
    const lastRotated = reportDate(row[`access_key_${slot}_last_rotated`]);
    const lastUsed = reportDate(row[`access_key_${slot}_last_used_date`]);
    return { slot, active: isTrue(row[`access_key_${slot}_active`]), ...(lastRotated ? { lastRotated } : {}), ...(lastUsed ? { lastUsed } : {}) };
  });
}

/** Path of a column in a user asset's `credentials` aspect, for evidence. */
export function columnPath(column: string): string {
  return `config.credentials.${column}`;
}
