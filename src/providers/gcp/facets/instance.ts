import type { Asset } from '../../../core/asset.js';
import { aspectFor, deriveFacets } from '../../../core/facets.js';

/**
 * GCE instance facets. The identity is broad when it is the Compute Engine default service account (Editor
 * on the project by default) with the cloud-platform scope (CIS GCP 4.2).
 */
interface Instance {
  networkInterfaces?: Array<{ accessConfigs?: Array<{ natIP?: string }>; ipv6AccessConfigs?: Array<{ externalIpv6?: string }> }>;
  serviceAccounts?: Array<{ email?: string; scopes?: string[] }>;
  shieldedInstanceConfig?: { enableSecureBoot?: boolean };
  metadata?: { items?: Array<{ key?: string; value?: string }> };
}

const CLOUD_PLATFORM = 'https://www.googleapis.com/auth/cloud-platform';
const isTrue = (v: string | undefined) => ['true', '1', 'yes', 'y'].includes((v ?? '').toLowerCase());

export function instanceFacets(asset: Asset): Asset {
  const inst = (a: Asset) => aspectFor<Instance>(a, 'instance');
  return deriveFacets(asset, 'compute.instance', {
    publicIps: (a) =>
      (inst(a).networkInterfaces ?? []).flatMap((n) => [...(n.accessConfigs ?? []).map((c) => c.natIP ?? 'ephemeral'), ...(n.ipv6AccessConfigs ?? []).map((c) => c.externalIpv6 ?? 'ephemeral-ipv6')]),
    identityAttached: (a) => (inst(a).serviceAccounts ?? []).some((s) => Boolean(s.email)),
    identityBroad: (a) => (inst(a).serviceAccounts ?? []).some((s) => (s.email ?? '').endsWith('-compute@developer.gserviceaccount.com') && (s.scopes ?? []).includes(CLOUD_PLATFORM)),
    secureBoot: (a) => inst(a).shieldedInstanceConfig?.enableSecureBoot === true,
    serialConsole: (a) => isTrue((inst(a).metadata?.items ?? []).find((i) => i.key === 'serial-port-enable')?.value),
  });
}
