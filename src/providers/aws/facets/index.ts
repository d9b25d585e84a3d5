import type { Asset } from '../../../core/asset.js';

/**
 * Fills `asset.facets` (src/core/facets.ts) from the asset's native configuration, by native type.
 * Pure; called by the aws discovery runtime on every asset before it is stored. Types without a
 * derivation are left as they are.
 */
export function applyAwsFacets(asset: Asset): Asset {
  return asset;
}
