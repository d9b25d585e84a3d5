/**
 * Native fixture assets for the baseline rules: each asset carries its provider's NATIVE aspects (as the
 * collectors store them), and is run through that provider's facet derivations before a rule sees it, so
 * baseline tests exercise derivation and rule together. `runBaselineCases` runs a rule over cases per cloud.
 */
import { describe, expect, it } from 'vitest';
import type { Asset, CollectionError, Provider } from '../../src/core/asset.js';
import { appliesTo, runRule, type Rule } from '../../src/core/rule.js';
import type { Status } from '../../src/core/verdict.js';
import { applyAwsFacets } from '../../src/providers/aws/facets/index.js';
import { applyAzureFacets } from '../../src/providers/azure/facets/index.js';
import { applyGcpFacets } from '../../src/providers/gcp/facets/index.js';
import { fixtureContext } from './assets.js';

export const OBSERVED_AT = '2026-11-29T00:00:00.000Z';
export const AWS_ACCOUNT = '111122223333';
export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';
export const PROJECT = 'fixture-project';

const ACCOUNT: Record<Provider, string> = { aws: AWS_ACCOUNT, azure: SUBSCRIPTION, gcp: PROJECT };
const REGION: Record<Provider, string> = { aws: 'us-east-1', azure: 'westeurope', gcp: 'europe-west1' };

/** An asset with native aspects, before facets are derived. */
export function native(provider: Provider, type: string, kind: string, config: Record<string, unknown>, init: Partial<Asset> = {}): Asset {
  return {
    id: init.id ?? `${provider}:${type}/fixture`,
    provider,
    account: init.account ?? ACCOUNT[provider],
    region: init.region ?? REGION[provider],
    type,
    kind,
    name: init.name ?? 'fixture',
    tags: {},
    facets: {},
    config,
    gaps: init.gaps ?? {},
    source: { type: 'api' },
    observedAt: OBSERVED_AT,
  };
}

/** The same asset with one aspect replaced by a failed call (as the runtime records a denied call). */
export function withGap(asset: Asset, aspect: string, operation = 'Get', code = 'AccessDenied'): Asset {
  const config = { ...asset.config };
  delete config[aspect];
  const gap: CollectionError = { provider: asset.provider, account: asset.account, region: asset.region, service: 'fixture', operation, code, message: 'simulated denial', resource: asset.id };
  return { ...asset, config, gaps: { ...asset.gaps, [aspect]: gap }, facets: {} };
}

/** A failed listing of a native type, as the runtime reports it to lookups. */
export function listingFailed(provider: Provider, type: string): Record<string, CollectionError[]> {
  return { [type]: [{ provider, account: ACCOUNT[provider], region: REGION[provider], service: 'fixture', operation: `list ${type}`, code: 'AccessDenied', message: 'simulated denial' }] };
}

/** Runs the provider's facet derivations, as the discovery runtimes do before storing an asset. */
export function derive(asset: Asset): Asset {
  const copy: Asset = { ...asset, facets: {}, gaps: { ...asset.gaps } };
  if (copy.provider === 'aws') return applyAwsFacets(copy);
  if (copy.provider === 'azure') return applyAzureFacets(copy);
  return applyGcpFacets(copy);
}

export const daysAgo = (n: number): string => new Date(new Date(OBSERVED_AT).getTime() - n * 86_400_000).toISOString();

export interface BaselineCase {
  name: string;
  asset: Asset;
  expect: Status;
  /** Other assets the rule may look up (derived too). */
  context?: Asset[];
  /** Native types whose listing failed in this scope (the lookup then reports these errors). */
  listingErrors?: Record<string, CollectionError[]>;
}

/**
 * One describe per cloud; each case derives facets and runs the rule. Every cloud must be covered by an
 * `unknown` case (missing data never passes; unless the facet is not modelled there at all) and by a pass
 * or a not_applicable case.
 */
export function runBaselineCases(rule: Rule, cases: Record<Provider, BaselineCase[]>): void {
  describe(rule.id, () => {
    it('applies to all three clouds', () => expect(rule.providers).toEqual(['aws', 'azure', 'gcp']));
    for (const provider of ['aws', 'azure', 'gcp'] as const) {
      describe(provider, () => {
        const list = cases[provider];
        it('covers missing data and a passing or not-applicable case', () => {
          const statuses = list.map((c) => c.expect);
          // A facet the provider does not model cannot go missing: such a cloud is all not_applicable.
          if (!statuses.every((s) => s === 'not_applicable')) expect(statuses).toContain('unknown');
          expect(statuses.some((s) => s === 'pass' || s === 'not_applicable')).toBe(true);
        });
        it.each(list.map((c) => [c.name, c] as const))('%s', (_name, c) => {
          expect(c.asset.provider).toBe(provider);
          const asset = derive(c.asset);
          expect(appliesTo(rule, asset)).toBe(true);
          const verdict = runRule(rule, asset, fixtureContext((c.context ?? []).map(derive), c.listingErrors));
          expect(verdict.status, verdict.reason).toBe(c.expect);
          expect(verdict.reason.length).toBeGreaterThan(5);
        });
      });
    }
  });
}
