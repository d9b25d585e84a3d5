/**
 * CEL for custom rules: one shared environment, compile-once expressions, and the verdict of a rule's
 * `assert` (and `when`) on an asset. Never a silent pass: an aspect the expression reads that could not be
 * collected, an evaluation error or a non-boolean result is `unknown`, naming why.
 *
 * The CEL view of an asset is a `map` with `id`, `provider`, `account`, `region`, `type`, `kind`, `name`,
 * `tags`, `facets` and `config` (not `gaps`, `source` or `provenance`); `now` is a `timestamp`. Numbers in
 * the asset are CEL doubles (`asset.config.n > 3` works; arithmetic with int literals needs `3.0`).
 *
 * Speed: an expression in the common subset (see `cel-fast.ts`) is also translated to generated JavaScript,
 * and each rule's usual verdict (no gap, a bool from `when` and `assert`) is one generated function with the
 * evidence reads inlined. Anything else (a gap, an evaluation error, a non-bool, an expression outside the
 * subset) takes the step-by-step path, where the CEL library decides errors and their messages, so verdicts,
 * reasons and evidence are the same with or without the fast path (tested in `cel-fast.test.ts`).
 */
import { Environment, EvaluationError, ParseError } from '@marcbachmann/cel-js';
import type { ASTNode, ParseResult } from '@marcbachmann/cel-js';
import type { Asset, CollectionError } from '../core/asset.js';
import { describeError } from '../core/asset.js';
import type { Evidence, Verdict } from '../core/verdict.js';
import { DEFER as DEFERRED, hotVerdict, translateCel } from './cel-fast.js';
import type { FastCel, HotSpec, HotVerdict } from './cel-fast.js';

/** One path of the asset an expression reads, `asset.` left out: `['tags', 'owner']`, `['facets', 'publicRead']`. */
type Segment = string | number;

/** A CEL expression parsed and type-checked once, with what it reads of the asset. */
export interface CompiledCel {
  /** The expression as written. */
  readonly expr: string;
  /** The expression on one line, at most 200 characters (reasons and evidence quote it). */
  readonly short: string;
  /** The compiled function; call it with `{ asset, now }`. */
  readonly fn: ParseResult;
  /** Every asset path the expression reads (longest access chains), written `tags.owner`, deduplicated. */
  readonly paths: readonly string[];
  /** The same paths as segments, for reading the observed values. */
  readonly segments: readonly (readonly Segment[])[];
  /** Gap keys whose presence makes the verdict unknown, with the path that reads them. */
  readonly gapKeys: ReadonlyArray<{ key: string; path: string }>;
  /** The expression reads a whole map (`asset.facets`, `asset.config`, `asset`): any gap of that map counts. */
  readonly wholeFacets: boolean;
  readonly wholeConfig: boolean;
  /**
   * The expression translated to plain JavaScript (`cel-fast.ts`), or undefined when it uses CEL outside the
   * fast path's subset. It returns the library's value or `DEFER`, and then the library decides.
   */
  readonly fast: FastCel | undefined;
  /** The expression reads the variable `now`. */
  readonly readsNow: boolean;
  /** Reason and evidence texts quoting the expression, built once. */
  readonly texts: CelTexts;
  /** One evidence item per path, with the value observed on the asset. */
  readonly evidence: EvidenceBuilder;
  /** The index in `gapKeys` of the first key `gaps` has a gap for, -1 if none. */
  readonly gapIndex: (gaps: Asset['gaps']) => number;
  /** What the fused verdict function of a rule needs (undefined: outside the fast subset or reads a whole map). */
  readonly hot: HotSpec | undefined;
  /**
   * The fused verdict function of the rule this expression is the `assert` of (`hotVerdict` in cel-fast.ts),
   * made on the rule's first verdict and kept with the `when` it was made for.
   */
  fused: Fused | undefined;
}

/** A rule's fused verdict function, with the precondition it was made for. */
interface Fused {
  readonly when: CompiledCel | undefined;
  readonly fn: HotVerdict | undefined;
  /** Either expression reads `now`. */
  readonly readsNow: boolean;
}

/** The texts a verdict quotes its expression in. */
export interface CelTexts {
  /** Evidence `expected`: `assert: <short>`. */
  readonly expected: string;
  /** `assert holds: <short>`. */
  readonly holds: string;
  /** `assert does not hold: <short>`. */
  readonly fails: string;
  /** `precondition \`<short>\` is false`. */
  readonly precondition: string;
}

/** Why an expression does not compile: `CelSyntax` (parse error) or `CelType` (type check). */
export class CelCompileError extends Error {
  constructor(
    readonly code: 'CelSyntax' | 'CelType',
    message: string,
    /** 0-based offset in the expression where the error is, when the CEL library says. */
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'CelCompileError';
  }
}

/** The one environment every custom rule is compiled in. */
const env = new Environment({ enableOptionalTypes: true })
  .registerVariable('asset', 'map', { description: 'The asset: id, provider, account, region, type, kind, name, tags, facets, config.' })
  .registerVariable('now', 'google.protobuf.Timestamp', { description: 'The time of the evaluation.' });

const RESULT_TYPES = new Set(['bool', 'dyn']);

/**
 * Parses and type-checks `expr` in the shared environment and finds the asset paths it reads.
 * Throws `CelCompileError` (`CelSyntax` or `CelType`) with the library's message (caret snippet kept).
 */
export function compileCel(expr: string): CompiledCel {
  if (expr.trim() === '') throw new CelCompileError('CelSyntax', 'the expression is empty', 0);
  let fn: ParseResult;
  try {
    fn = env.parse(expr);
  } catch (e) {
    if (e instanceof ParseError) throw new CelCompileError('CelSyntax', e.message, e.range?.start);
    throw new CelCompileError('CelSyntax', e instanceof Error ? e.message : String(e));
  }
  const checked = env.check(expr);
  if (!checked.valid) {
    const err = checked.error;
    throw new CelCompileError('CelType', err?.message ?? 'the expression does not type-check', err?.range?.start);
  }
  if (checked.type && !RESULT_TYPES.has(checked.type)) {
    throw new CelCompileError('CelType', `the expression must be a bool, but its type is ${checked.type}`, 0);
  }
  return analyze(expr, fn);
}

function analyze(expr: string, fn: ParseResult): CompiledCel {
  const chains: Segment[][] = [];
  collectChains(fn.ast, chains);
  const seen = new Set<string>();
  const paths: string[] = [];
  const segments: Segment[][] = [];
  for (const chain of chains) {
    const p = pathText(chain);
    if (seen.has(p)) continue;
    seen.add(p);
    paths.push(p);
    segments.push(chain);
  }
  const gapKeys: Array<{ key: string; path: string }> = [];
  let wholeFacets = false;
  let wholeConfig = false;
  segments.forEach((s, i) => {
    const [top, aspect] = s;
    const path = paths[i]!;
    if (s.length === 0) {
      wholeFacets = true;
      wholeConfig = true;
    } else if (top === 'facets' || top === 'config') {
      if (aspect === undefined) {
        if (top === 'facets') wholeFacets = true;
        else wholeConfig = true;
      } else {
        const key = top === 'facets' ? `facets.${String(aspect)}` : String(aspect);
        if (!gapKeys.some((g) => g.key === key)) gapKeys.push({ key, path });
      }
    }
  });
  const short = shortExpr(expr);
  const texts: CelTexts = {
    expected: `assert: ${short}`,
    holds: `assert holds: ${short}`,
    fails: `assert does not hold: ${short}`,
    precondition: `precondition \`${short}\` is false`,
  };
  const base = { expr, short, fn, paths, segments, gapKeys, wholeFacets, wholeConfig, fast: translateCel(fn.ast), readsNow: readsNow(fn.ast), texts };
  const hot: HotSpec | undefined =
    wholeFacets || wholeConfig || !base.fast
      ? undefined
      : { ast: fn.ast, gapKeys: gapKeys.map((g) => g.key), segments, paths, holds: texts.holds, fails: texts.fails, precondition: texts.precondition, expected: texts.expected };
  return { ...base, evidence: evidenceBuilder(base), gapIndex: gapIndexer(gapKeys), hot, fused: undefined };
}

function readsNow(node: ASTNode): boolean {
  if (node.op === 'id') return node.args === 'now';
  return children(node).some(readsNow);
}

/**
 * Walks the AST and records every maximal access chain rooted at the variable `asset`
 * (`asset.facets["x"].y` → `['facets', 'x', 'y']`). A computed index (`asset.tags[k]`) ends the chain.
 */
function collectChains(node: ASTNode, out: Segment[][]): void {
  const chain = accessChain(node);
  if (chain) {
    out.push(chain.segments);
    // Computed indexes inside the chain (`asset.tags[asset.name]`) are expressions of their own.
    for (const n of chain.inner) collectChains(n, out);
    return;
  }
  for (const child of children(node)) collectChains(child, out);
}

/** If `node` is `asset` followed by field/index accesses, its segments (and the index expressions met). */
function accessChain(node: ASTNode): { segments: Segment[]; inner: ASTNode[] } | undefined {
  const rev: Segment[] = [];
  const inner: ASTNode[] = [];
  let n: ASTNode = node;
  for (;;) {
    if (n.op === 'id') {
      if (n.args !== 'asset') return undefined;
      return { segments: rev.reverse(), inner };
    }
    if (n.op === '.' || n.op === '.?') {
      rev.push(n.args[1]);
      n = n.args[0];
      continue;
    }
    if (n.op === '[]' || n.op === '[?]') {
      const [target, index] = n.args;
      const lit = index.op === 'value' ? index.args : undefined;
      if (typeof lit === 'string') rev.push(lit);
      else if (typeof lit === 'bigint' || typeof lit === 'number') rev.push(Number(lit));
      else {
        // A computed index: the chain is what comes before it.
        rev.length = 0;
        inner.push(index);
      }
      n = target;
      continue;
    }
    return undefined;
  }
}

function children(node: ASTNode): ASTNode[] {
  const out: ASTNode[] = [];
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) for (const x of v) visit(x);
    else if (v && typeof v === 'object' && 'op' in v && 'args' in v) out.push(v as ASTNode);
  };
  if (node.op === 'value' || node.op === 'id') return out;
  visit(node.args);
  return out;
}

function pathText(segments: readonly Segment[]): string {
  if (segments.length === 0) return 'asset';
  let out = '';
  for (const s of segments) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

/** The own keys of every CEL view (`celView`); the fused verdict functions read them without tests. */
const VIEW_KEYS = ['id', 'provider', 'account', 'region', 'type', 'kind', 'name', 'tags', 'facets', 'config'];

/** The CEL view of an asset: built once per asset and shared by every rule. */
const views = new WeakMap<Asset, Record<string, unknown>>();

/** The fused verdict function of a rule, made on its first verdict and kept on its `assert` (which belongs to that one rule). */
function fuse(rule: { assert: CompiledCel; when?: CompiledCel }): Fused {
  const a = rule.assert;
  const when = rule.when;
  // An assert shared by rules with different preconditions keeps one fused function per precondition.
  let byWhen = fusedByWhen.get(a);
  if (!byWhen) fusedByWhen.set(a, (byWhen = new WeakMap()));
  let f = byWhen.get(when ?? NO_WHEN);
  if (!f) {
    const fn = a.hot && (!when || when.hot) ? hotVerdict(a.hot, when?.hot, evidenceValue, VIEW_KEYS) : undefined;
    f = { when, fn, readsNow: a.readsNow || (when?.readsNow ?? false) };
    byWhen.set(when ?? NO_WHEN, f);
  }
  a.fused = f;
  return f;
}

const fusedByWhen = new WeakMap<CompiledCel, WeakMap<object, Fused>>();
const NO_WHEN = {};

/** The last asset asked for and its view: the rules of one asset run one after the other. */
let lastAsset: Asset | undefined;
let lastView: Record<string, unknown> = {};

function celView(asset: Asset): Record<string, unknown> {
  if (asset === lastAsset) return lastView;
  let v = views.get(asset);
  if (!v) {
    v = {
      id: asset.id,
      provider: asset.provider,
      account: asset.account,
      region: asset.region,
      type: asset.type,
      kind: asset.kind,
      name: asset.name,
      tags: asset.tags,
      facets: asset.facets,
      config: asset.config,
    };
    views.set(asset, v);
  }
  lastAsset = asset;
  lastView = v;
  return v;
}

const MAX_EXPR = 200;
const MAX_OBSERVED = 300;

/** The expression on one line, at most 200 characters. */
export function shortExpr(expr: string): string {
  const flat = expr.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_EXPR ? `${flat.slice(0, MAX_EXPR - 1)}…` : flat;
}

/** The first gap among the aspects `c` reads, with the path that reads it. */
function firstGap(c: CompiledCel, asset: Asset): { path: string; gap: CollectionError } | undefined {
  const gaps = asset.gaps;
  const i = c.gapIndex(gaps);
  if (i >= 0) {
    const g = c.gapKeys[i]!;
    return { path: g.key.startsWith('facets.') ? g.key : `config.${g.key}`, gap: gaps[g.key]! };
  }
  if (c.wholeFacets || c.wholeConfig) {
    for (const key of Object.keys(gaps)) {
      const isFacet = key.startsWith('facets.');
      if ((isFacet && c.wholeFacets) || (!isFacet && c.wholeConfig)) {
        return { path: isFacet ? key : `config.${key}`, gap: gaps[key]! };
      }
    }
  }
  return undefined;
}

function gapVerdict(found: { path: string; gap: CollectionError }): Verdict {
  return {
    status: 'unknown',
    reason: `${found.path} could not be collected: ${describeError(found.gap)}`,
    evidence: [{ path: found.path, observed: null, expected: 'collected' }],
  };
}

/** What `run` returns when evaluation failed; `failure` then holds the message. */
/** The fast path's DEFER, read once (not through the module binding on every verdict). */
const DEFER = DEFERRED;

const FAILED: unique symbol = Symbol('cel.failed');
let failure = '';

/** Evaluates `c`: the fast path when it has one and it decides, the CEL library otherwise. */
function run(c: CompiledCel, asset: Asset, now: Date): unknown {
  const view = celView(asset);
  if (c.fast) {
    const v = c.fast(view, now);
    if (v !== DEFER) return v;
  }
  try {
    return c.fn({ asset: view, now });
  } catch (e) {
    failure = errorText(e, asset);
    return FAILED;
  }
}

/** Stands in for `now` when neither expression of a rule reads it (no clock read per verdict). */
const EPOCH = new Date(0);

/** First line of an evaluation error, naming the gap when the missing key is an aspect that was not collected. */
function errorText(e: unknown, asset: Asset): string {
  const msg = e instanceof Error ? e.message : String(e);
  const first = msg.split('\n', 1)[0] ?? msg;
  if (e instanceof EvaluationError || /^No such key: /.test(first)) {
    const m = /^No such key: (.+)$/.exec(first);
    const key = m?.[1];
    if (key !== undefined) {
      const gap = asset.gaps[key] ?? asset.gaps[`facets.${key}`];
      if (gap) {
        const where = asset.gaps[key] ? `config.${key}` : `facets.${key}`;
        return `${first} (${where} could not be collected: ${describeError(gap)})`;
      }
    }
  }
  return first;
}

/** CEL type name of a JS value the evaluator returned. */
function celTypeOf(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'double';
  if (typeof v === 'string') return 'string';
  if (v instanceof Date) return 'timestamp';
  if (v instanceof Uint8Array) return 'bytes';
  if (Array.isArray(v)) return 'list';
  if (typeof v === 'object') return v.constructor?.name === 'Optional' ? 'optional' : 'map';
  return typeof v;
}

/** The value at `segments` in the asset, as evidence: undefined → null, objects as `evidenceValue` says. */
function observedAt(asset: Asset, segments: readonly Segment[]): unknown {
  let v: unknown = segments.length === 0 ? celView(asset) : asset;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string | number, unknown>)[s];
  }
  return evidenceValue(v);
}

/** What each object observed stands as in evidence, worked out once per object. */
const observedObjects = new WeakMap<object, unknown>();
/** The last object observed and what it stands as (the rules of one firewall all read its entries). */
let lastObserved: object | undefined;
let lastEvidence: unknown;

/**
 * An observed value as evidence. Scalars and objects whose JSON is at most 300 characters are kept as they
 * are (by reference, as built-in rules keep them; the store serializes evidence when it writes it). A larger
 * object stands as the first 300 characters of its JSON, so that one huge aspect does not bloat every
 * verdict: computed once per object (serializing no further than the cap) and remembered.
 */
function evidenceValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (v === lastObserved) return lastEvidence;
  let out = observedObjects.get(v);
  if (out === undefined) {
    const json = jsonPrefix(v, MAX_OBSERVED);
    out = json.length > MAX_OBSERVED ? `${json.slice(0, MAX_OBSERVED - 1)}…` : v;
    observedObjects.set(v, out);
  }
  lastObserved = v;
  lastEvidence = out;
  return out;
}

/** `v` as JSON (bigints as strings), stopping soon after `limit` characters: a prefix of `JSON.stringify(v)`. */
function jsonPrefix(v: unknown, limit: number): string {
  let out = '';
  const full = (x: unknown): string => {
    try {
      return JSON.stringify(x, (_k, y: unknown) => (typeof y === 'bigint' ? y.toString() : y)) ?? 'null';
    } catch {
      return String(x);
    }
  };
  /** Appends `x` as JSON; true once past the limit. */
  const put = (x: unknown): boolean => {
    switch (typeof x) {
      case 'string':
        out += JSON.stringify(x);
        break;
      case 'bigint':
        out += JSON.stringify(x.toString());
        break;
      case 'number':
      case 'boolean':
        out += JSON.stringify(x);
        break;
      case 'object': {
        if (x === null) out += 'null';
        else if (typeof (x as { toJSON?: unknown }).toJSON === 'function') out += full(x);
        else if (Array.isArray(x)) {
          out += '[';
          for (let i = 0; i < x.length; i++) {
            if (i) out += ',';
            const y: unknown = x[i];
            if (y === undefined || typeof y === 'function' || typeof y === 'symbol') out += 'null';
            else if (put(y)) return true;
          }
          out += ']';
        } else {
          out += '{';
          let first = true;
          for (const k of Object.keys(x)) {
            const y = (x as Record<string, unknown>)[k];
            if (y === undefined || typeof y === 'function' || typeof y === 'symbol') continue;
            out += `${first ? '' : ','}${JSON.stringify(k)}:`;
            first = false;
            if (put(y)) return true;
          }
          out += '}';
        }
        break;
      }
      default:
        out += 'null';
    }
    return out.length > limit;
  };
  put(v);
  return out;
}

function evidenceOf(c: CompiledCel, asset: Asset): Evidence[] {
  return c.evidence(asset);
}

/**
 * The first of `keys` that a gaps map has (truthy), as generated JavaScript: one named read per key (keys as
 * JSON string literals), as fast as a hand-written check; a loop when generation fails.
 */
function gapIndexer(keys: ReadonlyArray<{ key: string }>): (gaps: Asset['gaps']) => number {
  const loop = (gaps: Asset['gaps']): number => keys.findIndex((g) => gaps[g.key]);
  const source = `return function gapIndex(g) { ${keys.map((k, i) => `if (g[${JSON.stringify(k.key)}]) return ${i};`).join(' ')} return -1; };`;
  try {
    return (new Function(source) as () => (gaps: Asset['gaps']) => number)();
  } catch {
    return loop;
  }
}

/** The evidence of an expression on an asset. */
export type EvidenceBuilder = (asset: Asset) => Evidence[];

/**
 * The evidence of `c` on an asset: one item per path, `observedAt` each. Generated once per expression as
 * straight-line JavaScript (names as JSON string literals, numbers and texts through an array), so each read
 * is as fast as in a hand-written rule; the generic loop when generation fails.
 */
function evidenceBuilder(c: Pick<CompiledCel, 'segments' | 'paths' | 'texts'>): EvidenceBuilder {
  const generic: EvidenceBuilder = (asset) => c.segments.map((s, i) => ({ path: c.paths[i]!, observed: observedAt(asset, s), expected: c.texts.expected }));
  const consts: unknown[] = [c.texts.expected];
  const konst = (v: unknown): string => `K[${consts.push(v) - 1}]`;
  const reads = c.segments.map((segs, i) => {
    const steps = segs.map((s) => `v = v !== null && typeof v === 'object' ? v[${typeof s === 'string' ? JSON.stringify(s) : konst(s)}] : null;`);
    return `function read${i}(asset) { let v = ${segs.length === 0 ? 'view(asset)' : 'asset'}; ${steps.join(' ')} return observed(v); }`;
  });
  const items = c.paths.map((p, i) => `{ path: ${konst(p)}, observed: read${i}(asset), expected: K[0] }`);
  const source = `${reads.join('\n')}\nreturn function evidence(asset) { return [${items.join(', ')}]; };`;
  try {
    const factory = new Function('K', 'view', 'observed', source) as (k: unknown[], view: typeof celView, observed: typeof evidenceValue) => EvidenceBuilder;
    return factory(consts, celView, evidenceValue);
  } catch {
    return generic;
  }
}

/**
 * The verdict of a custom rule on an asset. Order: aspects `when` reads that have gaps → unknown; `when`
 * error or non-bool → unknown; `when` false → not_applicable; aspects `assert` reads that have gaps → unknown
 * (even when `has()` would make it true); evaluation error → unknown; non-bool → unknown; true → pass,
 * false → fail, with one evidence per asset path `assert` reads. Never throws.
 */
export function celVerdict(rule: { id: string; assert: CompiledCel; when?: CompiledCel }, asset: Asset, now?: Date): Verdict {
  let f = rule.assert.fused;
  if (f === undefined || f.when !== rule.when) f = fuse(rule);
  const at = now ?? (f.readsNow ? new Date() : EPOCH);
  const view = asset === lastAsset ? lastView : celView(asset);
  if (f.fn !== undefined) {
    const v = f.fn(asset, view, at);
    if (v !== undefined) return v as Verdict;
  }
  return genericVerdict(rule, asset, at);
}

/** `celVerdict` step by step: gaps, the fast path or the library, and every non-bool or error outcome. */
function genericVerdict(rule: { id: string; assert: CompiledCel; when?: CompiledCel }, asset: Asset, at: Date): Verdict {
  const when = rule.when;
  if (when) {
    const gap = firstGap(when, asset);
    if (gap) return gapVerdict(gap);
    const r = run(when, asset, at);
    if (r === FAILED) return { status: 'unknown', reason: `rule ${rule.id}: CEL evaluation of when failed: ${failure}`, evidence: [] };
    if (typeof r !== 'boolean') {
      return { status: 'unknown', reason: `rule ${rule.id}: when returned ${celTypeOf(r)}, not a bool`, evidence: [] };
    }
    if (!r) return { status: 'not_applicable', reason: when.texts.precondition, evidence: [] };
  }
  const a = rule.assert;
  const gap = firstGap(a, asset);
  if (gap) return gapVerdict(gap);
  const r = run(a, asset, at);
  if (r === FAILED) return { status: 'unknown', reason: `rule ${rule.id}: CEL evaluation failed: ${failure}`, evidence: evidenceOf(a, asset) };
  if (typeof r !== 'boolean') {
    return {
      status: 'unknown',
      reason: `rule ${rule.id}: assert returned ${celTypeOf(r)}, not a bool: ${a.short}`,
      evidence: evidenceOf(a, asset),
    };
  }
  return r
    ? { status: 'pass', reason: a.texts.holds, evidence: evidenceOf(a, asset) }
    : { status: 'fail', reason: a.texts.fails, evidence: evidenceOf(a, asset) };
}
