import type { Instance } from '@aws-sdk/client-ec2';
import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * EC2 instance facets. Whether the instance profile's role is broad needs the role's policies (another
 * asset), so `identityBroad` is left out; AWS has no secure-boot switch in the instance description.
 */
export function ec2InstanceFacets(asset: Asset): Asset {
  const inst = (a: Asset) => aspectFor<Instance>(a, 'instance');
  return deriveFacets(asset, 'compute.instance', {
    publicIps: (a) => {
      const i = inst(a);
      const ips = new Set<string>(i.PublicIpAddress ? [i.PublicIpAddress] : []);
      for (const n of i.NetworkInterfaces ?? []) if (n.Association?.PublicIp) ips.add(n.Association.PublicIp);
      return [...ips];
    },
    identityAttached: (a) => Boolean(inst(a).IamInstanceProfile?.Arn),
    metadataTokensRequired: (a) => inst(a).MetadataOptions?.HttpTokens === 'required',
  });
}
