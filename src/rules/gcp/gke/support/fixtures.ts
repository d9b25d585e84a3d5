import type { Asset } from '../../../../core/asset.js';
import { deniedGap, gcpAsset } from '../../../../../test/support/gcp-assets.js';
import { GCP } from '../../support/types.js';
import type { Cluster } from './cluster.js';

export const cluster = (c?: Cluster): Asset =>
  gcpAsset({
    type: GCP.cluster,
    kind: 'container.cluster',
    region: 'europe-west1',
    name: 'prod',
    config: c ? { cluster: { name: 'prod', location: 'europe-west1', ...c } } : {},
    gaps: c ? {} : { cluster: deniedGap('container', 'container.projects.locations.clusters.list') },
  });
