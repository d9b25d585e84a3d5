import type { Asset, CollectionError, Provider } from './asset.js';
import { describeError } from './asset.js';
import type { Evidence, Severity, Status, Verdict } from './verdict.js';

export interface Remediation {
  /** Human steps, in order. */
  steps: string[];
  cli?: string;
  terraform?: string;
}

export interface ComplianceRef {
  framework: string;
  control: string;
}

export interface RuleMeta {
  /** `aws.s3.bucket-public-access-blocked`: provider.service.what-must-hold; also the file name. */
  id: string;
  title: string;
  severity: Severity;
  providers: Provider[];
  /** Native types the rule applies to (any of). */
  types?: string[];
  /** Normalized kinds the rule applies to (any of). */
  kinds?: string[];
  rationale: string;
  remediation: Remediation;
  references: string[];
  compliance: ComplianceRef[];
  version: number;
  /**
   * Native types this rule looks up through `ctx.find` (trails, alarms, ...). The engine preloads them
   * per account before evaluating, so lookups are cheap and synchronous.
   */
  lookups?: string[];
  /** Where a custom rule (YAML + CEL) is defined; absent for built-in rules. */
  source?: { file: string; line: number };
}

/** What a listing of a type in one scope found, for rules that look beyond their own asset. */
export interface Lookup {
  assets: Asset[];
  /** Errors that make the listing incomplete (the list call failed for that scope). */
  errors: CollectionError[];
}

/** Read-only view of the rest of the scan for rules that need other assets. */
export interface RuleContext {
  /** All assets of a native type in one account (and region, when given). */
  find(type: string, scope: { account: string; region?: string }): Lookup;
}

export interface Rule extends RuleMeta {
  evaluate(asset: Asset, ctx: RuleContext): Verdict;
}

/** Thrown by `need` when an aspect is missing; the engine turns it into `unknown`. */
export class MissingData extends Error {
  constructor(readonly reasonText: string, readonly evidence: Evidence[] = []) {
    super(reasonText);
    this.name = 'MissingData';
  }
}

/**
 * The aspect's value, or a `MissingData` throw naming the failed call. `null` (the provider said the aspect
 * does not exist) is returned as-is: rules decide what absence means.
 */
export function need<T = any>(asset: Asset, aspect: string): T {
  const gap = asset.gaps[aspect];
  if (gap) throw new MissingData(`${aspect} could not be collected: ${describeError(gap)}`, [{ path: `config.${aspect}`, observed: null, expected: 'collected' }]);
  if (!(aspect in asset.config)) throw new MissingData(`${aspect} was not collected`, [{ path: `config.${aspect}`, observed: null, expected: 'collected' }]);
  return asset.config[aspect] as T;
}

/** Listing of other assets, or `MissingData` if the listing is incomplete. */
export function needAll(ctx: RuleContext, type: string, scope: { account: string; region?: string }): Asset[] {
  const r = ctx.find(type, scope);
  const first = r.errors[0];
  if (first) throw new MissingData(`${type} listing incomplete: ${describeError(first)}`);
  return r.assets;
}

export const pass = (reason: string, evidence: Evidence[] = []): Verdict => ({ status: 'pass', reason, evidence });
export const fail = (reason: string, evidence: Evidence[] = []): Verdict => ({ status: 'fail', reason, evidence });
export const unknown = (reason: string, evidence: Evidence[] = []): Verdict => ({ status: 'unknown', reason, evidence });
export const notApplicable = (reason: string): Verdict => ({ status: 'not_applicable', reason, evidence: [] });

export function appliesTo(rule: RuleMeta, asset: Asset): boolean {
  if (!rule.providers.includes(asset.provider)) return false;
  const byType = rule.types?.includes(asset.type) ?? false;
  const byKind = rule.kinds?.includes(asset.kind) ?? false;
  return byType || byKind;
}

/** Runs a rule and never throws: data gaps become `unknown`, bugs become `unknown` naming the rule. */
export function runRule(rule: Rule, asset: Asset, ctx: RuleContext): Verdict {
  try {
    return rule.evaluate(asset, ctx);
  } catch (e) {
    if (e instanceof MissingData) return { status: 'unknown' as Status, reason: e.reasonText, evidence: e.evidence };
    const msg = e instanceof Error ? e.message : String(e);
    return { status: 'unknown', reason: `rule ${rule.id} failed on this asset: ${msg}`, evidence: [] };
  }
}
