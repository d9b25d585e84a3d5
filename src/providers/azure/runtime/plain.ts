/**
 * SDK models as plain JSON: Dates as ISO strings, undefined members dropped (the modular clients set every
 * model member, present or not), so an asset's config survives a JSON round trip unchanged.
 */
export function toPlain<T>(value: T): unknown {
  if (value === undefined) return undefined;
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v))) as unknown;
}
