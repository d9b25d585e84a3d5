/**
 * Helpers for estate resources in ARM's wire shape. Estate authors may write `resourceGroup` + `name`
 * instead of a full `id`; the simulator builds the id ARM would give (and the `type`), and strips keys
 * that only the simulator reads (nested children such as a storage account's `containers`).
 */
import { AzureSimError } from '../service.js';

export function armId(subscriptionId: string, resourceGroup: string, type: string, name: string): string {
  return `/subscriptions/${subscriptionId}/resourceGroups/${resourceGroup}/providers/${type}/${name}`;
}

/** `rg-prod` from `/subscriptions/x/resourceGroups/rg-prod/...` (ARM's casing kept). */
export function resourceGroupOf(id: string): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? '';
}

/** The wire JSON of an estate resource: `id` and `type` filled, simulator-only keys left out. */
export function wire(subscriptionId: string, item: Record<string, any>, type: string, simOnly: string[] = []): Record<string, any> {
  const out: Record<string, any> = {};
  for (const [k, v] of Object.entries(item)) if (k !== 'resourceGroup' && !simOnly.includes(k)) out[k] = v;
  out.id ??= armId(subscriptionId, String(item.resourceGroup ?? 'default'), type, String(item.name));
  out.type ??= type;
  return out;
}

/** Finds a resource of a section by resource group and name, as ARM does: case-insensitively. */
export function findByName<T extends Record<string, any>>(subscriptionId: string, items: T[], type: string, resourceGroup: string, name: string): T {
  const rg = resourceGroup.toLowerCase();
  const n = name.toLowerCase();
  const hit = items.find((i) => String(i.name).toLowerCase() === n && resourceGroupOf(wire(subscriptionId, i, type).id).toLowerCase() === rg);
  if (!hit) throw notFound(type, name, resourceGroup);
  return hit;
}

export function notFound(type: string, name: string, resourceGroup: string): AzureSimError {
  return new AzureSimError('ResourceNotFound', `The Resource '${type}/${name}' under resource group '${resourceGroup}' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix`, 404);
}
