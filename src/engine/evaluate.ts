import type { Asset, CollectionError } from '../core/asset.js';
import type { Suppressor } from '../core/finding.js';
import { appliesTo, runRule, type Lookup, type Rule, type RuleContext } from '../core/rule.js';
import type { PostureTally } from '../compliance/tally.js';
import { evidenceSources, type ResolveRef } from '../core/provenance.js';
import type { ComplianceRef } from '../core/rule.js';
import type { EvaluationResult, Store } from '../store/store.js';
import { TimeSlice } from '../runtime/time-slice.js';
import { storedForm } from '../store/sqlite/canonical.js';

const RESULT_BATCH = 1000;

/** Rules indexed by what they apply to, so each asset only meets the rules that can judge it. */
export class RuleIndex {
  private readonly byType = new Map<string, Rule[]>();
  private readonly byKind = new Map<string, Rule[]>();
  readonly lookupTypes: string[];

  constructor(readonly rules: Rule[]) {
    for (const r of rules) {
      for (const t of r.types ?? []) push(this.byType, t, r);
      for (const k of r.kinds ?? []) push(this.byKind, k, r);
    }
    this.lookupTypes = [...new Set(rules.flatMap((r) => r.lookups ?? []))];
  }

  for(asset: Asset): Rule[] {
    const found = new Set([...(this.byType.get(asset.type) ?? []), ...(this.byKind.get(asset.kind) ?? [])]);
    return [...found].filter((r) => appliesTo(r, asset));
  }
}

/** Whether a rule looks across assets: it can only judge once its account's discovery is complete. */
const looksUp = (rule: Rule) => (rule.lookups?.length ?? 0) > 0;

/** The context of a rule that declares no lookups: it judges the asset alone, and has nothing to resolve. */
const NO_LOOKUPS: RuleContext & { resolve: ResolveRef } = {
  find(type) {
    throw new Error(`rule looked up ${type} without declaring it in lookups`);
  },
  resolve: () => [],
};

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/**
 * The lookups of one account, preloaded so rules can look across assets synchronously, and a resolver of the
 * other assets verdicts' evidence paths name (a looked-up type, or the id of a looked-up asset).
 */
async function accountContext(store: Store, scanId: string, account: string, types: string[]): Promise<RuleContext & { resolve: ResolveRef }> {
  const assets = new Map<string, Asset[]>();
  // Listing errors by type, account-wide ('*') and per region: the store knows which coverage entries
  // (global collectors included) make a listing incomplete in a region.
  const errors = new Map<string, CollectionError[]>();
  const regions: string[] = [];
  for await (const r of store.assets(scanId, { type: ['AWS::::Region'], account })) regions.push(r.region);
  for (const type of types) {
    const list: Asset[] = [];
    for await (const a of store.assets(scanId, { type: [type], account })) list.push(a);
    assets.set(type, list);
    errors.set(`${type}|*`, await store.coverageErrors(scanId, type, { account }));
    for (const region of regions) errors.set(`${type}|${region}`, await store.coverageErrors(scanId, type, { account, region }));
  }
  const byId = new Map<string, Asset>();
  for (const list of assets.values()) for (const a of list) byId.set(a.id, a);
  return {
    resolve: (ref) => assets.get(ref) ?? (byId.has(ref) ? [byId.get(ref)!] : []),
    find(type, scope): Lookup {
      if (!assets.has(type)) throw new Error(`rule looked up ${type} without declaring it in lookups`);
      if (scope.account !== account) return { assets: [], errors: [notInContext(type, scope.account)] };
      const inScope = (region: string) => scope.region === undefined || region === scope.region || region === 'global';
      return {
        assets: (assets.get(type) ?? []).filter((a) => inScope(a.region)),
        errors: errors.get(`${type}|${scope.region ?? '*'}`) ?? [],
      };
    },
  };
}

/** Lookups reach only the judged account for now: another account's data is reported missing, never empty. */
function notInContext(type: string, other: string): CollectionError {
  return { provider: 'aws', account: other, region: 'global', service: 'parapet', operation: `lookup ${type}`, code: 'OutsideAccount', message: `cross-account lookups are not evaluated yet (account ${other})` };
}

export interface EvaluateOptions {
  /** Compliance refs per rule id from the framework files (they replace the rule's own refs when present). */
  compliance?: Map<string, ComplianceRef[]>;
  /** Folds every verdict into control status and scores. */
  tally?: PostureTally;
  onProgress?: (assets: number) => void;
  /** Accepts failing and unknown verdicts (parapet.yaml suppressions, inline IaC ones); see `Suppression`. */
  suppressor?: Suppressor;
}

/**
 * Judges a scan's assets, streaming results into the store, in two passes that can both run while
 * discovery goes on. `discovered` judges a batch of new assets at once against the rules that look at the
 * asset alone (most of them): that work overlaps discovery instead of waiting for an account to complete,
 * which matters when every account completes at about the same time. `account`, once an account's
 * discovery is complete, judges its assets against the rules that look across assets (their lookups
 * preloaded once), and against every rule for assets `discovered` did not see. `finish` writes the last
 * batch.
 */
export class ScanEvaluator {
  private readonly meta = new Map<string, EvaluationResult['rule']>();
  private batch: EvaluationResult[] = [];
  private evaluated = 0;
  /** Per account, the assets `discovered` has judged (until `account` judges the rest). */
  private readonly early = new Map<string, Set<string>>();
  private readonly slice = new TimeSlice();

  constructor(
    private readonly store: Store,
    private readonly scanId: string,
    private readonly index: RuleIndex,
    private readonly opts: EvaluateOptions = {},
  ) {}

  /** Assets judged so far. */
  get assets(): number {
    return this.evaluated;
  }

  /**
   * Judges newly discovered assets against the rules that need no other asset, in the form the store gives
   * back (what `account` would judge). An asset seen twice in one scan is judged once, on its first version.
   */
  async discovered(assets: Asset[]): Promise<void> {
    for (const discovered of assets) {
      let seen = this.early.get(discovered.account);
      if (!seen) this.early.set(discovered.account, (seen = new Set()));
      if (seen.has(discovered.id)) continue;
      seen.add(discovered.id);
      const rules = this.index.for(discovered).filter((r) => !looksUp(r));
      if (rules.length === 0) continue;
      const asset = storedForm(discovered);
      for (const rule of rules) this.judge(rule, asset, NO_LOOKUPS);
      await this.afterAsset();
    }
  }

  /** Judges one account whose discovery is complete: what `discovered` left (its lookups preloaded once). */
  async account(account: string): Promise<void> {
    const { store, scanId, index, opts } = this;
    const ctx = await accountContext(store, scanId, account, index.lookupTypes);
    const early = this.early.get(account);
    for await (const asset of store.assets(scanId, { account })) {
      const judgedEarly = early?.has(asset.id) ?? false;
      for (const rule of index.for(asset)) if (!judgedEarly || looksUp(rule)) this.judge(rule, asset, ctx);
      await this.afterAsset();
      this.evaluated++;
      if (this.evaluated % 1000 === 0) opts.onProgress?.(this.evaluated);
    }
    this.early.delete(account);
  }

  private judge(rule: Rule, asset: Asset, ctx: RuleContext & { resolve: ResolveRef }): void {
    const { opts } = this;
    const verdict = runRule(rule, asset, ctx);
    const suppression = verdict.status === 'fail' || verdict.status === 'unknown' ? opts.suppressor?.match(rule.id, asset) : undefined;
    opts.tally?.add({ ruleId: rule.id, severity: rule.severity, provider: asset.provider, account: asset.account, status: verdict.status, suppressed: Boolean(suppression) });
    this.batch.push({ rule: this.metaOf(rule), asset, verdict, sources: evidenceSources(asset, verdict, ctx.resolve), ...(suppression ? { suppression } : {}) });
  }

  /**
   * Writes a full batch, and hands the event loop back when the time slice is used up: other accounts may
   * still be discovering, and their sockets and pacing timers must be served.
   */
  private async afterAsset(): Promise<void> {
    if (this.batch.length >= RESULT_BATCH) await this.flush();
    const pause = this.slice.check();
    if (pause) await pause;
  }

  /** Writes the results still batched. */
  async finish(): Promise<number> {
    await this.flush();
    this.opts.onProgress?.(this.evaluated);
    return this.evaluated;
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const b = this.batch;
    this.batch = [];
    await this.store.putResults(this.scanId, b);
  }

  private metaOf(rule: Rule): EvaluationResult['rule'] {
    let m = this.meta.get(rule.id);
    if (!m) {
      m = { id: rule.id, title: rule.title, severity: rule.severity, version: rule.version, providers: rule.providers, compliance: this.opts.compliance?.get(rule.id) ?? rule.compliance };
      // A custom rule's guidance is kept with the scan, so later reports of it can say how to fix it.
      if (rule.source) m.guidance = { title: rule.title, rationale: rule.rationale, remediation: rule.remediation, references: rule.references };
      this.meta.set(rule.id, m);
    }
    return m;
  }
}
