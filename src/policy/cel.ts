/**
 * CEL for custom rules: one shared environment, compile-once expressions, and the verdict of a rule's
 * `assert` (and `when`) on an asset. Never a silent pass: an aspect the expression reads that could not be
 * collected, an evaluation error or a non-boolean result is `unknown`, naming why.
 *
 * The CEL view of an asset is a `map` with `id`, `provider`, `account`, `region`, `type`, `kind`, `name`,
 * `tags`, `facets` and `config` (not `gaps`, `source` or `provenance`); `now` is a `timestamp`. Numbers in
 * the asset are CEL doubles (`asset.config.n > 3` works; arithmetic with int literals needs `3.0`).
 */
import { Environment, EvaluationError, ParseError } from '@marcbachmann/cel-js';
import type { ASTNode, ParseResult } from '@marcbachmann/cel-js';
import type { Asset, CollectionError } from '../core/asset.js';
import { describeError } from '../core/asset.js';
import type { Evidence, Verdict } from '../core/verdict.js';

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
  return { expr, short: shortExpr(expr), fn, paths, segments, gapKeys, wholeFacets, wholeConfig };
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

/** The CEL view of an asset: built once per asset and shared by every rule. */
const views = new WeakMap<Asset, Record<string, unknown>>();

function celView(asset: Asset): Record<string, unknown> {
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
  for (const g of c.gapKeys) {
    const gap = gaps[g.key];
    if (gap) return { path: g.key.startsWith('facets.') ? g.key : `config.${g.key}`, gap };
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

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };

function run(c: CompiledCel, asset: Asset, now: Date): Outcome {
  try {
    return { ok: true, value: c.fn({ asset: celView(asset), now }) };
  } catch (e) {
    return { ok: false, message: errorText(e, asset) };
  }
}

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

/** The value at `segments` in the asset, as evidence: undefined → null, large objects as a JSON string ≤ 300 chars. */
function observedAt(asset: Asset, segments: readonly Segment[]): unknown {
  let v: unknown = segments.length === 0 ? celView(asset) : asset;
  for (const s of segments) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string | number, unknown>)[s];
  }
  return evidenceValue(v);
}

function evidenceValue(v: unknown): unknown {
  if (v === undefined) return null;
  if (v === null || typeof v !== 'object' || v instanceof Date) return v;
  // Most values are small: measure before serializing, and serialize only what must be cut.
  if (roughSize(v, MAX_OBSERVED) <= MAX_OBSERVED) return v;
  let json: string;
  try {
    json = JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
  } catch {
    return String(v);
  }
  return json.length > MAX_OBSERVED ? `${json.slice(0, MAX_OBSERVED - 1)}…` : v;
}

/** About the length of `v` as JSON, counting no further than just past `budget`. */
function roughSize(v: unknown, budget: number): number {
  if (v === null || v === undefined) return 4;
  switch (typeof v) {
    case 'string':
      return v.length + 2;
    case 'number':
    case 'bigint':
    case 'boolean':
      return String(v).length;
    case 'object': {
      if (v instanceof Date) return 26;
      let n = 2;
      if (Array.isArray(v)) {
        for (const x of v) {
          n += roughSize(x, budget - n) + 1;
          if (n > budget) return n;
        }
        return n;
      }
      for (const k in v as Record<string, unknown>) {
        n += k.length + 4 + roughSize((v as Record<string, unknown>)[k], budget - n);
        if (n > budget) return n;
      }
      return n;
    }
    default:
      return 0;
  }
}

function evidenceOf(c: CompiledCel, asset: Asset): Evidence[] {
  const expected = `assert: ${c.short}`;
  return c.segments.map((s, i) => ({ path: c.paths[i]!, observed: observedAt(asset, s), expected }));
}

/**
 * The verdict of a custom rule on an asset. Order: aspects `when` reads that have gaps → unknown; `when`
 * error or non-bool → unknown; `when` false → not_applicable; aspects `assert` reads that have gaps → unknown
 * (even when `has()` would make it true); evaluation error → unknown; non-bool → unknown; true → pass,
 * false → fail, with one evidence per asset path `assert` reads. Never throws.
 */
export function celVerdict(rule: { id: string; assert: CompiledCel; when?: CompiledCel }, asset: Asset, now: Date = new Date()): Verdict {
  const when = rule.when;
  if (when) {
    const gap = firstGap(when, asset);
    if (gap) return gapVerdict(gap);
    const r = run(when, asset, now);
    if (!r.ok) return { status: 'unknown', reason: `rule ${rule.id}: CEL evaluation of when failed: ${r.message}`, evidence: [] };
    if (typeof r.value !== 'boolean') {
      return { status: 'unknown', reason: `rule ${rule.id}: when returned ${celTypeOf(r.value)}, not a bool`, evidence: [] };
    }
    if (!r.value) return { status: 'not_applicable', reason: `precondition \`${when.short}\` is false`, evidence: [] };
  }
  const a = rule.assert;
  const gap = firstGap(a, asset);
  if (gap) return gapVerdict(gap);
  const r = run(a, asset, now);
  if (!r.ok) return { status: 'unknown', reason: `rule ${rule.id}: CEL evaluation failed: ${r.message}`, evidence: evidenceOf(a, asset) };
  if (typeof r.value !== 'boolean') {
    return {
      status: 'unknown',
      reason: `rule ${rule.id}: assert returned ${celTypeOf(r.value)}, not a bool: ${a.short}`,
      evidence: evidenceOf(a, asset),
    };
  }
  return r.value
    ? { status: 'pass', reason: `assert holds: ${a.short}`, evidence: evidenceOf(a, asset) }
    : { status: 'fail', reason: `assert does not hold: ${a.short}`, evidence: evidenceOf(a, asset) };
}
