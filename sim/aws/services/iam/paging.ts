import { page, SimError } from '../../service.js';

/** IAM list operations: `Marker` / `MaxItems` (1-1000, default 100) in, `IsTruncated` / `Marker` out. */
export function iamPage<T>(items: readonly T[], input: { Marker?: string; MaxItems?: number }): { items: T[]; IsTruncated: boolean; Marker?: string } {
  if (input.MaxItems !== undefined && (input.MaxItems < 1 || input.MaxItems > 1000))
    throw new SimError('ValidationError', `1 validation error detected: Value '${input.MaxItems}' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000`, 400);
  const p = page(items, input.Marker, input.MaxItems, 100);
  return p.next ? { items: p.items, IsTruncated: true, Marker: p.next } : { items: p.items, IsTruncated: false };
}

export function noSuchEntity(message: string): SimError {
  return new SimError('NoSuchEntity', message, 404);
}
