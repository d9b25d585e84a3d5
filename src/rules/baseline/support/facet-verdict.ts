import type { Asset } from '../../../core/asset.js';
import { needFacet, optionalFacet, type FacetKind, type FacetsByKind } from '../../../core/facets.js';
import { fail, notApplicable, pass } from '../../../core/rule.js';
import type { Verdict } from '../../../core/verdict.js';

/**
 * Verdicts on one boolean facet: pass when it has the expected value, fail otherwise, unknown (through
 * `needFacet`) when it could not be derived. With `optional`, a facet the provider does not model gives
 * not_applicable with `notModelled` as the reason.
 */
export function expectFacet<K extends FacetKind, F extends keyof FacetsByKind[K] & string>(
  asset: Asset,
  kind: K,
  facet: F,
  want: { expected: boolean; pass: string; fail: string; optional?: boolean; notModelled?: string },
): Verdict {
  const value = want.optional ? optionalFacet(asset, kind, facet) : needFacet(asset, kind, facet);
  if (value === undefined) return notApplicable(want.notModelled ?? `${facet} is not modelled for ${asset.type}`);
  const evidence = [{ path: `facets.${facet}`, observed: value, expected: want.expected }];
  return value === want.expected ? pass(want.pass, evidence) : fail(want.fail, evidence);
}

const MS_PER_DAY = 86_400_000;

/** Whole days from an ISO date to the asset's observation time. */
export function ageDays(asset: Asset, iso: string): number {
  return Math.floor((new Date(asset.observedAt).getTime() - new Date(iso).getTime()) / MS_PER_DAY);
}
