/**
 * Fixtures for offline-source mappers: IaC resources as the Terraform evaluator / CloudFormation resolver
 * produce them, and the verdict a built-in rule gives on the mapped asset (facets derived first, as the
 * scan pipeline does).
 */
import type { Asset } from '../../src/core/asset.js';
import { appliesTo, runRule } from '../../src/core/rule.js';
import type { Status } from '../../src/core/verdict.js';
import { builtinRules } from '../../src/rules/index.js';
import type { MapContext } from '../../src/sources/map/kit.js';
import { applyFacets } from '../../src/sources/map/facets.js';
import { Unknown, type Diagnostic, type IacResource } from '../../src/sources/model.js';
import { expect } from 'vitest';
import { fixtureContext } from './assets.js';

export const IAC_OBSERVED_AT = '2026-11-29T00:00:00.000Z';

/** A resource as the evaluator yields it: root module, file main.tf, line 1 unless told. */
export function iacResource(type: string, name: string, values: Record<string, unknown>, extra: Partial<IacResource> = {}): IacResource {
  const address = extra.address ?? `${extra.module ? `${extra.module}.` : ''}${type}.${name}`;
  return { type, mode: 'managed', address, module: '', name, root: '.', file: 'main.tf', line: 1, values, suppressions: [], providerConfig: {}, ...extra };
}

/** A MapContext that keeps its diagnostics for assertions. */
export function mapContext(sourceType: 'iac' | 'snapshot' = 'iac'): MapContext & { diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  return { sourceType, observedAt: IAC_OBSERVED_AT, diag: (d) => diagnostics.push(d), diagnostics };
}

/**
 * The status one built-in rule gives `asset` after facet derivation; `context` are the other assets lookups
 * may find (same account). Throws when the rule does not exist.
 */
export function verdictOf(ruleId: string, asset: Asset, context: Asset[] = []): Status | 'not-applied' {
  const rule = builtinRules.find((r) => r.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const derived = applyFacets({ ...asset, facets: {}, gaps: { ...asset.gaps } });
  const others = context.map((a) => applyFacets({ ...a, facets: {}, gaps: { ...a.gaps } }));
  if (!appliesTo(rule, derived)) return 'not-applied';
  return runRule(rule, derived, fixtureContext([derived, ...others])).status;
}

/** What the evaluator yields for `<address>.<attr>` before apply: unknown, depending on that resource. */
export function unknownRef(address: string, attr = 'id'): Unknown {
  return new Unknown(`computed attribute ${address}.${attr}`, [address]);
}

/** The same, written as one path: `unknownAttr('aws_iam_role.r.arn')` = `unknownRef('aws_iam_role.r', 'arn')`. */
export function unknownAttr(path: string): Unknown {
  const i = path.lastIndexOf('.');
  return unknownRef(path.slice(0, i), path.slice(i + 1));
}

/** The one asset of `type` among `assets` (asserts there is exactly one). */
export function oneOfType(assets: Asset[], type: string): Asset {
  const found = assets.filter((a) => a.type === type);
  expect(found).toHaveLength(1);
  return found[0]!;
}
