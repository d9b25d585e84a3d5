/** Reading a Compute Engine instance (compute.instances.aggregatedList item) for rules. */
import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import type { Asset } from '../../../../core/asset.js';
import { need } from '../../../../core/rule.js';

export type Instance = compute_v1.Schema$Instance;

export const instanceOf = (asset: Asset): Instance => need<Instance>(asset, 'instance');

/**
 * GKE node VMs (name `gke-…`, label `goog-gke-node`) are managed by GKE: CIS excludes them from the VM
 * recommendations on service accounts, OS Login, IP forwarding and public IPs.
 */
export function isGkeNode(i: Instance): boolean {
  return (i.name ?? '').startsWith('gke-') && i.labels?.['goog-gke-node'] !== undefined;
}

/** An instance metadata value (`metadata.items[].key`), or `undefined` when the instance does not set it. */
export function metadataValue(i: Instance, key: string): string | undefined {
  const item = (i.metadata?.items ?? []).find((m) => m.key === key);
  return item ? (item.value ?? '') : undefined;
}

/**
 * The metadata value in effect for an instance: its own, else the project-wide one (`projectMetadata`,
 * compute.projects.get commonInstanceMetadata) it inherits. The project aspect is read only when needed,
 * so a failed projects.get makes only undecided instances unknown.
 */
export function effectiveMetadata(asset: Asset, i: Instance, key: string): { value: string | undefined; from: 'instance' | 'project' | 'unset'; path: string } {
  const own = metadataValue(i, key);
  if (own !== undefined) return { value: own, from: 'instance', path: `config.instance.metadata.items[${key}]` };
  const project = need<compute_v1.Schema$Metadata | null>(asset, 'projectMetadata');
  const item = (project?.items ?? []).find((m) => m.key === key);
  return item ? { value: item.value ?? '', from: 'project', path: `config.projectMetadata.items[${key}]` } : { value: undefined, from: 'unset', path: `config.projectMetadata.items[${key}]` };
}

/** Metadata booleans accept TRUE/true/1 and FALSE/false/0 (Compute Engine's documented spellings). */
export function metadataFlag(value: string | undefined): boolean | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true' || v === '1' || v === 'yes' || v === 'on') return true;
  if (v === 'false' || v === '0' || v === 'no' || v === 'off') return false;
  return undefined;
}

/** The default Compute Engine service account: `<project number>-compute@developer.gserviceaccount.com`. */
export const DEFAULT_COMPUTE_SA = /^\d+-compute@developer\.gserviceaccount\.com$/;
