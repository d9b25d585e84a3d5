import type { Asset } from '../../../../core/asset.js';
import { deniedGap, gcpAsset } from '../../../../../test/support/gcp-assets.js';
import { GCP } from '../../support/types.js';

export const zone = (z?: Record<string, unknown>): Asset =>
  gcpAsset({
    type: GCP.dnsZone,
    kind: 'network.dns-zone',
    name: 'example-com',
    config: z ? { zone: { name: 'example-com', dnsName: 'example.com.', ...z } } : {},
    gaps: z ? {} : { zone: deniedGap('dns', 'dns.managedZones.list') },
  });

export const signed = (ksk: string, zsk: string) => ({
  visibility: 'public',
  dnssecConfig: { state: 'on', defaultKeySpecs: [{ keyType: 'keySigning', algorithm: ksk, keyLength: 2048 }, { keyType: 'zoneSigning', algorithm: zsk, keyLength: 1024 }] },
});
