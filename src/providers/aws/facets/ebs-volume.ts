import type { Volume } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/** EBS volume facets. Whether the KMS key is customer-managed only the key asset knows: `keyRef`. */
export function ebsVolumeFacets(asset: Asset): Asset {
  const volume = (a: Asset) => aspectFor<Volume>(a, 'volume');
  return deriveFacets(asset, 'storage.volume', {
    encryptedAtRest: (a) => volume(a).Encrypted === true,
    customerManagedKey: (a) => (volume(a).Encrypted === true ? undefined : false),
    keyRef: (a) => (volume(a).Encrypted === true ? volume(a).KmsKeyId : undefined),
    attached: (a) => (volume(a).Attachments ?? []).some((x) => x.State === 'attached' || x.State === 'attaching'),
  });
}
