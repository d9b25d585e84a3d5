/**
 * What a trail's event selectors (GetEventSelectors output, basic or advanced) record: management events
 * for reads and writes, and S3 object-level (data) events for reads and writes, for all buckets or for
 * named buckets. Selectors that narrow on anything we do not model (event names, users, object prefixes)
 * are not counted: a partial selector must never make a control pass.
 */
import type { AdvancedEventSelector, AdvancedFieldSelector, EventSelector } from '@aws-sdk/client-cloudtrail';

export interface EventSelectorsOutput {
  EventSelectors?: EventSelector[];
  AdvancedEventSelectors?: AdvancedEventSelector[];
}

export type Access = 'read' | 'write';
interface ReadWrite {
  read: boolean;
  write: boolean;
}

export interface ManagementCoverage extends ReadWrite {
  /** Event sources excluded from management logging (e.g. kms.amazonaws.com). */
  excludedSources: string[];
}

export function managementCoverage(sel: EventSelectorsOutput | null): ManagementCoverage {
  const out: ManagementCoverage = { read: false, write: false, excludedSources: [] };
  for (const s of sel?.EventSelectors ?? []) {
    if (s.IncludeManagementEvents === false) continue; // the API default is true
    merge(out, basicReadWrite(s.ReadWriteType));
    out.excludedSources.push(...(s.ExcludeManagementEventSources ?? []));
  }
  for (const s of sel?.AdvancedEventSelectors ?? []) {
    const f = fields(s);
    if (!f.get('eventCategory')?.Equals?.includes('Management')) continue;
    const exclusions = f.get('eventSource');
    if (exclusions && !onlyNegative(exclusions)) continue; // selects named sources only
    if (![...f.keys()].every((k) => ['eventCategory', 'readOnly', 'eventSource'].includes(k))) continue;
    merge(out, readOnlyField(f.get('readOnly')));
    out.excludedSources.push(...(exclusions?.NotEquals ?? []), ...(exclusions?.NotStartsWith ?? []));
  }
  return out;
}

export interface S3ObjectCoverage {
  /** Data events for every bucket (current and future) are recorded. */
  allBuckets: boolean;
  /** Buckets whose objects are all recorded (when not `allBuckets`). */
  buckets: Set<string>;
}

export function s3ObjectCoverage(sel: EventSelectorsOutput | null, access: Access): S3ObjectCoverage {
  const out: S3ObjectCoverage = { allBuckets: false, buckets: new Set() };
  const add = (value: string) => {
    const scope = s3Scope(value);
    if (scope === 'all') out.allBuckets = true;
    else if (scope) out.buckets.add(scope);
  };
  for (const s of sel?.EventSelectors ?? []) {
    if (!basicReadWrite(s.ReadWriteType)[access]) continue;
    for (const r of s.DataResources ?? []) if (r.Type === 'AWS::S3::Object') (r.Values ?? []).forEach(add);
  }
  for (const s of sel?.AdvancedEventSelectors ?? []) {
    const f = fields(s);
    if (!f.get('eventCategory')?.Equals?.includes('Data') || !f.get('resources.type')?.Equals?.includes('AWS::S3::Object')) continue;
    if (![...f.keys()].every((k) => ['eventCategory', 'resources.type', 'readOnly', 'resources.ARN'].includes(k))) continue;
    if (!readOnlyField(f.get('readOnly'))[access]) continue;
    const arn = f.get('resources.ARN');
    if (!arn) out.allBuckets = true;
    else if (onlyKeys(arn, ['StartsWith'])) (arn.StartsWith ?? []).forEach(add);
  }
  return out;
}

/** `arn:aws:s3` / `arn:aws:s3:::` = every bucket; `arn:aws:s3:::name` or `.../name/` = the whole bucket; prefixes = partial. */
function s3Scope(value: string): 'all' | string | null {
  if (/^arn:[^:]+:s3(:::)?$/.test(value)) return 'all';
  const m = /^arn:[^:]+:s3:::([^/]+)\/?$/.exec(value);
  return m ? m[1]! : null;
}

function basicReadWrite(t: string | undefined): ReadWrite {
  const type = t ?? 'All';
  return { read: type === 'All' || type === 'ReadOnly', write: type === 'All' || type === 'WriteOnly' };
}

/** No readOnly field = both; Equals/NotEquals "true"/"false" pick one side. */
function readOnlyField(f: AdvancedFieldSelector | undefined): ReadWrite {
  if (!f) return { read: true, write: true };
  if (onlyKeys(f, ['Equals'])) return { read: f.Equals!.includes('true'), write: f.Equals!.includes('false') };
  if (onlyKeys(f, ['NotEquals'])) return { read: !f.NotEquals!.includes('true'), write: !f.NotEquals!.includes('false') };
  return { read: false, write: false };
}

function fields(s: AdvancedEventSelector): Map<string, AdvancedFieldSelector> {
  return new Map((s.FieldSelectors ?? []).filter((f) => f.Field).map((f) => [f.Field!, f]));
}

const OPERATORS = ['Equals', 'StartsWith', 'EndsWith', 'NotEquals', 'NotStartsWith', 'NotEndsWith'] as const;

function onlyKeys(f: AdvancedFieldSelector, allowed: Array<(typeof OPERATORS)[number]>): boolean {
  return OPERATORS.every((op) => (allowed.includes(op) ? (f[op]?.length ?? 0) > 0 : !f[op]?.length));
}

function onlyNegative(f: AdvancedFieldSelector): boolean {
  return !f.Equals?.length && !f.StartsWith?.length && !f.EndsWith?.length;
}

function merge(into: ReadWrite, rw: ReadWrite): void {
  into.read ||= rw.read;
  into.write ||= rw.write;
}
