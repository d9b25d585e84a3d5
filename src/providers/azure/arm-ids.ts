/** Reading ARM resource ids and locations the way the catalog stores them. */

/** `rg-prod` from `/subscriptions/x/resourceGroups/rg-prod/...` (ARM's casing kept). */
export function resourceGroupOf(id: string): string {
  return /\/resourceGroups\/([^/]+)/i.exec(id)?.[1] ?? '';
}

/** The last segment of a resource id: its name. */
export function nameOf(id: string): string {
  return id.split('/').filter(Boolean).pop() ?? id;
}

/** An asset region from an ARM location: lower-case, no spaces (`West Europe` → `westeurope`), `global` when none. */
export function regionOf(location: string | undefined): string {
  return location ? location.toLowerCase().replace(/\s+/g, '') : 'global';
}

/** ARM ids compare case-insensitively. */
export function sameId(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
