/**
 * IAM-style wildcard matching and the small normalisations policy documents need. Pure.
 */

/** A policy element that may be a single value or a list, as a list. */
export function asArray<T>(value: T | T[] | undefined | null): T[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

const cache = new Map<string, RegExp>();

/**
 * Whether an IAM pattern (`*` any run of characters, `?` one character) matches a value. IAM compares action
 * names case-insensitively, and we use the same for ARNs here: S3 bucket names are lowercase anyway.
 */
export function globMatch(pattern: string, value: string): boolean {
  let re = cache.get(pattern);
  if (!re) {
    const body = pattern
      .split('')
      .map((ch) => (ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 'i');
    cache.set(pattern, re);
  }
  return re.test(value);
}

/** True when a condition value is not a fixed value: it holds a wildcard or a policy variable. */
export function isWildcardValue(value: unknown): boolean {
  const s = String(value);
  return s.includes('*') || s.includes('?') || s.includes('${');
}
