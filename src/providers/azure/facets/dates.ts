/** Azure dates and durations as stored in aspects. Pure. */

/**
 * An ISO timestamp from what an aspect holds: an ISO string (Dates are stored as ISO strings), a `Date`, or
 * the Unix seconds Key Vault key attributes use.
 */
export function isoDate(v: unknown): string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  const d = typeof v === 'number' ? new Date(v * 1000) : new Date(v as string | Date);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

/** Days in an ISO 8601 duration (`P90D`, `P1Y`, `P2M`, `P1W`); months count 30 days, years 365. */
export function durationDays(iso: string | undefined): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T.*)?$/.exec(iso ?? '');
  if (!m || !iso || iso === 'P') return undefined;
  const [, y, mo, w, d] = m.map((x) => Number(x ?? 0));
  return (y ?? 0) * 365 + (mo ?? 0) * 30 + (w ?? 0) * 7 + (d ?? 0);
}
