import type { Asset } from '../../../../core/asset.js';
import { deniedGap, gcpAsset } from '../../../../../test/support/gcp-assets.js';
import { GCP } from '../../support/types.js';
import type { Instance } from './instance.js';

/** An instance; `projectMetadata` is the project's commonInstanceMetadata (`null`: none), `'denied'` a failed projects.get. */
export function vm(instance: Instance, projectMetadata: Record<string, string> | null | 'denied' = null): Asset {
  return gcpAsset({
    type: GCP.instance,
    kind: 'compute.instance',
    region: 'europe-west1',
    name: instance.name ?? 'vm-1',
    config: {
      instance: { name: 'vm-1', zone: 'https://www.googleapis.com/compute/v1/projects/parapet-fixture/zones/europe-west1-b', ...instance },
      ...(projectMetadata === 'denied' ? {} : { projectMetadata: projectMetadata && meta(projectMetadata) }),
    },
    gaps: projectMetadata === 'denied' ? { projectMetadata: deniedGap('compute', 'compute.projects.get') } : {},
  });
}

export const deniedVm = (): Asset =>
  gcpAsset({ type: GCP.instance, kind: 'compute.instance', region: 'europe-west1', gaps: { instance: deniedGap('compute', 'compute.instances.aggregatedList') } });

export const meta = (items: Record<string, string>) => ({ items: Object.entries(items).map(([key, value]) => ({ key, value })) });

export const gkeNode = (extra: Instance = {}): Instance => ({ name: 'gke-pool-1-abcd', labels: { 'goog-gke-node': '' }, ...extra });

export const DEFAULT_SA = '123456789012-compute@developer.gserviceaccount.com';
