/**
 * ListSecrets filters as Secrets Manager applies them: each filter's values match by prefix
 * (case-sensitive), a value starting with `!` negates, filters combine with AND and values with OR.
 */
import type { SecretEntry } from '../secretsmanager.js';

export interface SecretFilter {
  Key?: 'description' | 'name' | 'tag-key' | 'tag-value' | 'primary-region' | 'owning-service' | 'all';
  Values?: string[];
}

function fields(s: SecretEntry, key: SecretFilter['Key']): string[] {
  const tags = s.Tags ?? [];
  switch (key) {
    case 'name':
      return [s.Name];
    case 'description':
      return [s.Description ?? ''];
    case 'tag-key':
      return tags.map((t) => t.Key ?? '');
    case 'tag-value':
      return tags.map((t) => t.Value ?? '');
    case 'primary-region':
      return [s.PrimaryRegion ?? ''];
    case 'owning-service':
      return [s.OwningService ?? ''];
    default:
      return [s.Name, s.Description ?? '', ...tags.flatMap((t) => [t.Key ?? '', t.Value ?? ''])];
  }
}

export function matchesFilters(s: SecretEntry, filters: SecretFilter[] | undefined): boolean {
  return (filters ?? []).every((f) => {
    const have = fields(s, f.Key);
    return (f.Values ?? []).some((v) => (v.startsWith('!') ? !have.some((h) => h.startsWith(v.slice(1))) : have.some((h) => h.startsWith(v))));
  });
}
