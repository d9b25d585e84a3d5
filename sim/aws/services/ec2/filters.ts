import type { Filter, Tag } from '@aws-sdk/client-ec2';
import { SimError } from '../../service.js';

/** Reads the value(s) a named filter compares against for one item. */
export type FilterAccessor<T> = (item: T) => unknown;

/** EC2 filter values accept `*` (any run) and `?` (any one character) wildcards. */
function matcher(pattern: string): (value: string) => boolean {
  if (!/[*?]/.test(pattern)) return (v) => v === pattern;
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return (v) => re.test(v);
}

function valuesOf(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap(valuesOf);
  return [String(v)];
}

function tagAccessor<T extends { Tags?: Tag[] }>(name: string): FilterAccessor<T> | undefined {
  if (name === 'tag-key') return (item) => (item.Tags ?? []).map((t) => t.Key);
  if (name === 'tag-value') return (item) => (item.Tags ?? []).map((t) => t.Value);
  if (name.startsWith('tag:')) {
    const key = name.slice(4);
    return (item) => (item.Tags ?? []).filter((t) => t.Key === key).map((t) => t.Value);
  }
  return undefined;
}

/**
 * Applies EC2 `Filters`: an item is kept when, for every filter, one of its values matches one of the
 * filter's values. Unknown filter names fail the call as EC2 does.
 */
export function applyFilters<T extends { Tags?: Tag[] }>(items: readonly T[], filters: Filter[] | undefined, accessors: Record<string, FilterAccessor<T>>): T[] {
  if (!filters?.length) return [...items];
  const checks = filters.map((f) => {
    const name = f.Name ?? '';
    const read = accessors[name] ?? tagAccessor<T>(name);
    if (!read) throw new SimError('InvalidParameterValue', `The filter '${name}' is invalid`);
    const wanted = (f.Values ?? []).map(matcher);
    return (item: T) => valuesOf(read(item)).some((v) => wanted.some((m) => m(v)));
  });
  return items.filter((item) => checks.every((c) => c(item)));
}

/** Keeps the items whose id is listed; an unknown id fails the call with `code` as EC2 does. */
export function selectIds<T>(items: readonly T[], ids: string[] | undefined, idOf: (item: T) => string | undefined, code: string, noun: string): T[] {
  if (!ids?.length) return [...items];
  const byId = new Map(items.map((i) => [idOf(i), i]));
  const missing = ids.filter((id) => !byId.has(id));
  if (missing.length) throw new SimError(code, `The ${noun} ID${missing.length > 1 ? 's' : ''} '${missing.join(', ')}' ${missing.length > 1 ? 'do' : 'does'} not exist`);
  return ids.map((id) => byId.get(id)!);
}
