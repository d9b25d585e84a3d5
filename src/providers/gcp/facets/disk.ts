import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/** Persistent disk facets: always encrypted; customer keys are Cloud KMS keys or customer-supplied keys (CSEK). */
interface Disk {
  diskEncryptionKey?: { kmsKeyName?: string; sha256?: string; rsaEncryptedKey?: string };
  users?: string[];
}

export function diskFacets(asset: Asset): Asset {
  const disk = (a: Asset) => aspectFor<Disk>(a, 'disk');
  return deriveFacets(asset, 'storage.volume', {
    encryptedAtRest: (a) => (disk(a), true),
    customerManagedKey: (a) => Boolean(disk(a).diskEncryptionKey?.kmsKeyName || disk(a).diskEncryptionKey?.sha256),
    attached: (a) => (disk(a).users ?? []).length > 0,
  });
}
