/**
 * Helpers the Azure simulator services share to serve estate records as ARM wire JSON: resource-group
 * filtering, lookups that fail as ARM does (404 `ResourceNotFound`), child resources named under their
 * parent's id, and the estate's simulator-only keys stripped from what goes on the wire.
 */
import { AzureSimError, type AzureSimContext } from '../service.js';

/**
 * An estate record: ARM wire JSON with its `id` (`name` defaults to the id's last segment), or, as the
 * platform's services accept too, `resourceGroup` + `name` from which the simulator builds the id.
 */
export interface ArmRecord {
  id: string;
  resourceGroup?: string;
  name?: string;
  location?: string;
  tags?: Record<string, string>;
  properties?: Record<string, any>;
  [key: string]: any;
}

/** The resource group segment of an ARM id (as written), or ''. */
export function resourceGroupOf(id: string): string {
  const m = /\/resourceGroups\/([^/]+)/i.exec(id);
  return m?.[1] ?? '';
}

export function nameOf(r: { id: string; name?: string }): string {
  return r.name ?? r.id.slice(r.id.lastIndexOf('/') + 1);
}

const same = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

const resolvedCache = new WeakMap<object, ArmRecord>();

/** The record with its `id` (built from `resourceGroup` + `name` when the estate wrote no id). */
export function resolve<T extends ArmRecord>(subscriptionId: string, r: T, type: string): T {
  if (r.id) return r;
  let out = resolvedCache.get(r);
  if (!out) resolvedCache.set(r, (out = { ...r, id: `/subscriptions/${subscriptionId}/resourceGroups/${r.resourceGroup ?? 'default'}/providers/${type}/${r.name ?? ''}` }));
  return out as T;
}

/**
 * A section's records (ids resolved, `type` being the ARM type as it appears in ids), narrowed to the
 * route's `{resourceGroupName}` when it has one (ARM ids compare case-insensitively).
 */
export function inScope<T extends ArmRecord>(ctx: AzureSimContext, section: string, type: string): T[] {
  const items = ctx.section<T>(section).map((r) => resolve(ctx.subscription.subscriptionId, r, type));
  const rg = ctx.params.resourceGroupName;
  return rg === undefined ? items : items.filter((r) => same(resourceGroupOf(r.id), rg));
}

/** The record of `section` named by the route's resource group and `nameParam`, or ARM's 404. */
export function findRecord<T extends ArmRecord>(ctx: AzureSimContext, section: string, nameParam: string, armType: string): T {
  const name = ctx.params[nameParam] ?? '';
  const hit = inScope<T>(ctx, section, armType).find((r) => same(nameOf(r), name));
  if (!hit) throw notFound(armType, name, ctx.params.resourceGroupName ?? '');
  return hit;
}

export function notFound(armType: string, name: string, rg: string): AzureSimError {
  return new AzureSimError('ResourceNotFound', `The Resource '${armType}/${name}' under resource group '${rg}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`, 404);
}

/** The wire JSON of a record: `name` and `type` filled, simulator-only keys (child collections) left out. */
export function wire(r: ArmRecord, type: string, simOnly: readonly string[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = { id: r.id, name: nameOf(r), type };
  for (const [k, v] of Object.entries(r)) if (!simOnly.includes(k) && !['id', 'name', 'type', 'resourceGroup'].includes(k)) out[k] = v;
  return out;
}

/** A child resource of `parentId` (`<parent>/<segment>/<name>`) in wire form. */
export function childWire(parentId: string, segment: string, type: string, body: { name?: string; [k: string]: unknown }, name?: string): Record<string, unknown> {
  const n = body.name ?? name ?? '';
  const { name: _ignored, ...rest } = body;
  return { id: `${parentId}/${segment}/${n}`, name: n, type, ...rest };
}

/** Key Vault attributes are Unix seconds on the wire; the estate may write ISO dates for readability. */
export function epochSeconds(v: unknown): unknown {
  if (typeof v === 'string' && Number.isNaN(Number(v))) return Math.floor(Date.parse(v) / 1000);
  return v;
}

/** Picks one element of a non-empty list with `rand`. */
export function pick<T>(rand: () => number, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length) % items.length] as T;
}

/** A deterministic GUID from a counter (benchmarks need stable, unique ids). */
export function guid(seed: number, n: number): string {
  const hex = (v: number, len: number) => (v >>> 0).toString(16).padStart(len, '0').slice(-len);
  return `${hex(seed, 8)}-${hex(n >>> 16, 4)}-4${hex(n, 3)}-8${hex(seed >>> 8, 3)}-${hex(n, 12)}`;
}
