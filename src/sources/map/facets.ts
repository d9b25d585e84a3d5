import type { Asset } from '../../core/asset.js';
import { applyAwsFacets } from '../../providers/aws/facets/index.js';
import { applyAzureFacets } from '../../providers/azure/facets/index.js';
import { applyGcpFacets } from '../../providers/gcp/facets/index.js';

/** The same facet derivations live discovery runs, applied to an offline asset before it is stored. */
export function applyFacets(asset: Asset): Asset {
  if (asset.provider === 'aws') return applyAwsFacets(asset);
  if (asset.provider === 'azure') return applyAzureFacets(asset);
  return applyGcpFacets(asset);
}
