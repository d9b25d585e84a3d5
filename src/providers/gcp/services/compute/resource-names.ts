/** Compute Engine URL and name helpers shared by the compute collectors. */

/** The last path segment of a Compute URL (`.../zones/us-central1-a` → `us-central1-a`). */
export const lastSegment = (url: string | null | undefined): string => (url ?? '').split('/').pop() ?? '';

/** A zone's region (`us-central1-a` → `us-central1`). */
export const regionOfZone = (zone: string): string => zone.replace(/-[a-z]$/, '');

/** The full resource name Cloud Asset Inventory uses: `//compute.googleapis.com/projects/<p>/<path>`. */
export const computeName = (project: string, path: string): string => `//compute.googleapis.com/projects/${project}/${path}`;

/** Items of one aggregatedList page: every scope's `[key]` array, with its scope (`zones/us-central1-a`). */
export function aggregatedItems<T>(page: { items?: Record<string, unknown> | null }, key: string): Array<{ scope: string; item: T }> {
  const out: Array<{ scope: string; item: T }> = [];
  for (const [scope, value] of Object.entries(page.items ?? {})) {
    const list = (value as Record<string, unknown> | null)?.[key];
    if (Array.isArray(list)) for (const item of list as T[]) out.push({ scope, item });
  }
  return out;
}
