import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * VM facets. Secure boot is Trusted Launch's UEFI secure boot. Whether a managed identity is broad depends
 * on its role assignments (other assets), so `identityBroad` is left out.
 */
interface Vm {
  identity?: { type?: string };
  securityProfile?: { securityType?: string; uefiSettings?: { secureBootEnabled?: boolean } };
}

export function virtualMachineFacets(asset: Asset): Asset {
  const vm = (a: Asset) => aspectFor<Vm>(a, 'vm');
  return deriveFacets(asset, 'compute.instance', {
    publicIps: (a) => (aspectFor<Array<{ id?: string; ipAddress?: string }> | null>(a, 'publicIps') ?? []).map((p) => p.ipAddress ?? p.id ?? 'unallocated'),
    identityAttached: (a) => Boolean(vm(a).identity?.type && vm(a).identity?.type !== 'None'),
    secureBoot: (a) => vm(a).securityProfile?.uefiSettings?.secureBootEnabled === true,
  });
}
