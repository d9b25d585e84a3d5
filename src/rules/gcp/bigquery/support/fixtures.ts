import type { Asset } from '../../../../core/asset.js';
import { deniedGap, gcpAsset } from '../../../../../test/support/gcp-assets.js';
import { GCP } from '../../support/types.js';

export const dataset = (d?: Record<string, unknown>): Asset =>
  gcpAsset({
    type: GCP.dataset,
    kind: 'database.dataset',
    region: 'eu',
    name: 'sales',
    config: d ? { dataset: { id: 'parapet-fixture:sales', ...d } } : {},
    gaps: d ? {} : { dataset: deniedGap('bigquery', 'bigquery.datasets.get') },
  });
