import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/** Managed disk facets: always encrypted at rest (platform keys at least); CMK by encryption type. */
interface Disk {
  encryption?: { type?: string; diskEncryptionSetId?: string };
  diskState?: string;
  managedBy?: string;
}

export function managedDiskFacets(asset: Asset): Asset {
  const disk = (a: Asset) => aspectFor<Disk>(a, 'disk');
  return deriveFacets(asset, 'storage.volume', {
    encryptedAtRest: (a) => (disk(a), true),
    customerManagedKey: (a) => (disk(a).encryption?.type ?? '').includes('CustomerKey'),
    attached: (a) => disk(a).diskState === 'Attached' || Boolean(disk(a).managedBy),
  });
}
