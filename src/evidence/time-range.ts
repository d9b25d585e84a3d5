/** `YYYY-MM-DD`: a whole day. */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A `--since`/`--until` value as the ISO timestamp records are compared with: a date (`2026-11-01`, UTC; as
 * `until`, the end of that day, so the range is inclusive) or any timestamp `Date` reads with a time zone or Z.
 * Throws naming the flag for anything else.
 */
export function parseInstant(flag: string, value: string, end: 'start' | 'end'): string {
  const v = value.trim();
  if (DATE_ONLY.test(v)) {
    const d = new Date(`${v}T00:00:00.000Z`);
    if (!Number.isNaN(d.getTime()) && d.toISOString().startsWith(v)) {
      return end === 'start' ? d.toISOString() : new Date(d.getTime() + 86_400_000 - 1).toISOString();
    }
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) {
    const d = new Date(v);
    if (!Number.isNaN(d.getTime())) return d.toISOString();
  }
  throw new Error(`${flag}: '${value}' is not a date (2026-11-01) or an ISO timestamp with a zone (2026-11-01T08:00:00Z)`);
}
