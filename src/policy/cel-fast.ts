/**
 * A fast path for the CEL that custom rules mostly use: the parsed AST of an expression translated once into
 * plain JavaScript, so that evaluating it on an asset costs about what a hand-written rule costs.
 *
 * Contract: the translated function returns exactly the value the CEL library (`@marcbachmann/cel-js`) returns for the
 * same expression and context, or `DEFER` when the library must decide: an evaluation error (a missing key,
 * a type mismatch, a non-bool condition, an integer overflow...) or a value the fast path does not model
 * (timestamps, bytes, Map/Set or class instances in the data). The caller then runs the library, which gives
 * the authoritative outcome and its error message. The fast path never throws.
 *
 * Supported (anything else makes `translateCel` return undefined, and the whole expression uses the library):
 * literals (string, int, double, bool, null), the variables `asset` and `now`, field and index access,
 * `== != < <= > >=` (int and double compare by value), `&& || !` and `?:` with CEL's error absorption,
 * `+ - * / %` and unary `-`, `in` (list membership, map key), list literals, `has()`, `size()`, string
 * `startsWith endsWith contains matches lowerAscii upperAscii trim`, and the macros `exists all exists_one
 * map filter`. The semantics follow the library's runtime (its dispatch on dynamic values), checked by the
 * differential tests in `cel-fast.test.ts`.
 *
 * The translation is generated JavaScript (`new Function`, once per expression; `hotVerdict` fuses a whole
 * rule), so the engine optimizes each expression as it would a hand-written rule. The generated text never
 * contains text of the expression as code: field names and strings are embedded as JSON string literals,
 * every other constant (numbers, regular expressions, lists) comes in through an array. Where code generation
 * is unavailable (`--disallow-code-generation-from-strings`), every expression simply uses the library.
 */
import type { ASTNode } from '@marcbachmann/cel-js';

/** Returned when the library must decide: an evaluation error, or a case the fast path does not model. */
export const DEFER: unique symbol = Symbol('cel-fast.defer');

/** A translated expression: the CEL view of the asset and `now` in, the value (or `DEFER`) out. */
export type FastCel = (asset: Record<string, unknown>, now: Date) => unknown;

const D: typeof DEFER = DEFER;
const hasOwn = Object.hasOwn;
const MAX_INT = 9223372036854775807n;
const MIN_INT = -9223372036854775808n;

/**
 * Translates a parsed (and type-checked) CEL AST into a fast function, or undefined when the expression uses
 * anything outside the supported subset. The function is generated JavaScript (one `new Function` per
 * expression, so the engine optimizes each rule as if written by hand); the generated text embeds no text
 * of the expression: names and strings go in as JSON string literals, every other constant through an array.
 */
export function translateCel(ast: ASTNode): FastCel | undefined {
  const g = new Gen();
  let result: string | undefined;
  try {
    result = g.emit(ast as unknown as Node, new Map());
  } catch {
    result = undefined;
  }
  if (result === undefined) return undefined;
  const source = [
    `const [${HELPER_NAMES.join(', ')}] = H;`,
    ...g.consts.map((_, i) => `const k${i} = K[${i}];`),
    'return function celFast(a, n) {',
    '  try {',
    `    let c_${Array.from({ length: g.vars }, (_, i) => `, t${i}`).join('')};`,
    ...g.lines.map((l) => `    ${l}`),
    `    return isModelled(${result}) ? ${result} : D;`,
    '  } catch {',
    '    return D;',
    '  }',
    '};',
  ].join('\n');
  try {
    const factory = new Function('H', 'K', source) as (h: readonly unknown[], k: readonly unknown[]) => FastCel;
    return factory(HELPERS, g.consts);
  } catch {
    return undefined;
  }
}

/** What a fused verdict function needs to know of one compiled expression (see `hotVerdict`). */
export interface HotSpec {
  readonly ast: ASTNode;
  /** Gap keys whose presence sends the verdict to the generic path (`asset.gaps[key]` truthy). */
  readonly gapKeys: readonly string[];
  /** Asset paths for the evidence, as segments, and as written. */
  readonly segments: ReadonlyArray<ReadonlyArray<string | number>>;
  readonly paths: readonly string[];
  /** Reason of a pass, of a fail, of a false precondition, and the evidence `expected`. */
  readonly holds: string;
  readonly fails: string;
  readonly precondition: string;
  readonly expected: string;
}

/** A fused verdict function: the verdict, or undefined when the generic path must decide. */
export type HotVerdict = (asset: { readonly gaps: object }, view: Record<string, unknown>, now: Date) => unknown;

/**
 * The common case of a custom rule's verdict, fused into one generated function: no gap among the keys
 * `when` reads, `when` (if any) gives a bool, and then no gap among the keys `assert` reads and `assert`
 * gives a bool. It returns not_applicable (when false), or pass/fail with one evidence item per path of
 * `assert` (`observed(value at path)` for objects, null when the path is absent); undefined for anything else
 * (a gap, DEFER, a non-bool), which the caller then decides generically. Undefined when an expression is
 * outside the subset. `viewKeys`: the own keys every view passed in has (see `Gen`).
 */
export function hotVerdict(assert: HotSpec, when: HotSpec | undefined, observed: (v: object) => unknown, viewKeys: readonly string[]): HotVerdict | undefined {
  const g = new Gen(new Set(viewKeys));
  const emit = (spec: HotSpec): { lines: string[]; result: string } | undefined => {
    const start = g.lines.length;
    let result: string | undefined;
    try {
      result = g.emit(spec.ast as unknown as Node, new Map());
    } catch {
      result = undefined;
    }
    if (result === undefined) return undefined;
    return { lines: g.lines.splice(start), result };
  };
  const w = when ? emit(when) : undefined;
  const x = emit(assert);
  if ((when && !w) || !x) return undefined;
  const texts: string[] = [];
  const text = (t: string): string => `T[${texts.push(t) - 1}]`;
  const gapTest = (keys: readonly string[]): string => (keys.length ? `if (${keys.map((k) => `gaps[${JSON.stringify(k)}]`).join(' || ')}) return undefined;` : '');
  const reads = assert.segments.map((segs, i) => {
    const steps = segs.map((s) => `v = v !== null && typeof v === 'object' ? v[${typeof s === 'string' ? JSON.stringify(s) : g.constant(s)}] : null;`);
    return `function read${i}(asset, a) { let v = ${segs.length === 0 ? 'a' : 'asset'}; ${steps.join(' ')} return v === undefined ? null : v !== null && typeof v === 'object' && !(v instanceof Date) ? observed(v) : v; }`;
  });
  const expected = text(assert.expected);
  const evidence = `[${assert.paths.map((p, i) => `{ path: ${text(p)}, observed: read${i}(asset, a), expected: ${expected} }`).join(', ')}]`;
  const indent = (ls: string[]): string[] => ls.map((l) => `    ${l}`);
  const source = [
    `const [${HELPER_NAMES.join(', ')}] = H;`,
    ...g.consts.map((_, i) => `const k${i} = K[${i}];`),
    ...reads,
    'return function celHot(asset, a, n) {',
    `  let c_, r${Array.from({ length: g.vars }, (_, i) => `, t${i}`).join('')};`,
    '  const gaps = asset.gaps;',
    ...(when && w
      ? [
          `  ${gapTest(when.gapKeys)}`,
          '  try {',
          ...indent(w.lines),
          `    r = ${w.result};`,
          '  } catch {',
          '    return undefined;',
          '  }',
          `  if (r === false) return { status: 'not_applicable', reason: ${text(when.precondition)}, evidence: [] };`,
          '  if (r !== true) return undefined;',
        ]
      : []),
    `  ${gapTest(assert.gapKeys)}`,
    '  try {',
    ...indent(x.lines),
    `    r = ${x.result};`,
    '  } catch {',
    '    return undefined;',
    '  }',
    `  if (r === true) return { status: 'pass', reason: ${text(assert.holds)}, evidence: ${evidence} };`,
    `  if (r === false) return { status: 'fail', reason: ${text(assert.fails)}, evidence: ${evidence} };`,
    '  return undefined;',
    '};',
  ].join('\n');
  try {
    const factory = new Function('H', 'K', 'T', 'observed', source) as (h: readonly unknown[], k: readonly unknown[], t: readonly string[], o: (v: object) => unknown) => HotVerdict;
    return factory(HELPERS, g.consts, texts, observed);
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Values

/** A value the fast path models: string, double, int, bool, null, a plain list or a plain map. */
function isModelled(v: unknown): boolean {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'bigint':
    case 'boolean':
      return true;
    case 'object': {
      if (v === null) return true;
      const k = (v as { constructor?: unknown }).constructor;
      return k === Object || k === Array || k === undefined;
    }
    default:
      return false;
  }
}

/** `v` itself when modelled, otherwise DEFER (the library decides what a Date or a Set means). */
const modelled = (v: unknown): unknown => (isModelled(v) ? v : D);

function isPlainMap(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const k = (v as { constructor?: unknown }).constructor;
  return k === Object || k === undefined;
}

const isList = (v: unknown): v is unknown[] => typeof v === 'object' && v !== null && (v as { constructor?: unknown }).constructor === Array;

/** `o.k` (and `o["k"]` on a map): the value, or DEFER for a missing key or a non-map. */
function field(o: unknown, k: unknown): unknown {
  if (!isPlainMap(o)) return D;
  if (!hasOwn(o, k as PropertyKey)) return D;
  const v = o[k as string];
  return v === undefined ? D : modelled(v);
}

/** `o[k]`: a list index (int or double) or a map key. */
function index(o: unknown, k: unknown): unknown {
  if (isList(o)) {
    const i = typeof k === 'bigint' ? Number(k) : typeof k === 'number' ? k : undefined;
    if (i === undefined) return D;
    const v = o[i];
    return v === undefined ? D : modelled(v);
  }
  if (k === D) return D;
  return field(o, k);
}

/** An int and a double compared by exact numeric value (JavaScript's `==` on a bigint and a number). */
const looseEqual = (a: unknown, b: unknown): boolean => a == b;

/** The library's deep equality of two values (`isEqual`), DEFER where it would throw or where a value is not modelled. */
function deepEqual(a: unknown, b: unknown): boolean | typeof D {
  if (a === b) return true;
  switch (typeof a) {
    case 'undefined':
    case 'string':
    case 'boolean':
      return false;
    case 'bigint':
      return typeof b === 'number' ? looseEqual(a, b) : false;
    case 'number':
      return typeof b === 'bigint' ? looseEqual(a, b) : false;
    case 'object': {
      if (typeof b !== 'object') return false;
      if (!isModelled(a) || !isModelled(b)) return D;
      if (a === null || b === null) return false;
      const la = isList(a);
      if (la !== isList(b)) return false;
      return la ? listEqual(a as unknown[], b as unknown[]) : mapEqual(a as Record<string, unknown>, b as Record<string, unknown>);
    }
    default:
      return D;
  }
}

function listEqual(a: unknown[], b: unknown[]): boolean | typeof D {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const r = deepEqual(a[i], b[i]);
    if (r !== true) return r;
  }
  return true;
}

function mapEqual(a: Record<string, unknown>, b: Record<string, unknown>): boolean | typeof D {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (!(k in b)) return false;
    const r = deepEqual(a[k], b[k]);
    if (r !== true) return r;
  }
  return true;
}

/** `a == b` at the top level: same type by value, int and double by numeric value, other mixes false. */
function equals(a: unknown, b: unknown): boolean | typeof D {
  if (a === D || b === D) return D;
  if (a === b) return true;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === 'object' || tb === 'object') {
    if (!isModelled(a) || !isModelled(b)) return D;
    if (ta !== tb || a === null || b === null) return false;
    const la = isList(a);
    if (la !== isList(b)) return false;
    return la ? listEqual(a as unknown[], b as unknown[]) : mapEqual(a as Record<string, unknown>, b as Record<string, unknown>);
  }
  if ((ta === 'number' && tb === 'bigint') || (ta === 'bigint' && tb === 'number')) return looseEqual(a, b);
  return false;
}

const notEquals = (a: unknown, b: unknown): boolean | typeof D => {
  const r = equals(a, b);
  return r === D ? D : !r;
};

/** Ordering: string, double, int, bool with themselves; int and double with each other. */
function orderable(a: unknown, b: unknown): boolean {
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb) return ta === 'string' || ta === 'number' || ta === 'bigint' || ta === 'boolean';
  return (ta === 'number' && tb === 'bigint') || (ta === 'bigint' && tb === 'number');
}

/** `a in b`: list membership (deep equality, in order) or map key presence. */
function member(a: unknown, b: unknown): boolean | typeof D {
  if (a === D || b === D) return D;
  if (isList(b)) {
    if (typeof a === 'string') return b.includes(a);
    for (const x of b) {
      const r = deepEqual(a, x);
      if (r !== false) return r;
    }
    return false;
  }
  if (isPlainMap(b)) return hasOwn(b, a as PropertyKey) ? b[a as string] !== undefined : false;
  return D;
}

const inInt = (v: bigint): bigint | typeof D => (v <= MAX_INT && v >= MIN_INT ? v : D);

function arith(op: string, a: unknown, b: unknown): unknown {
  const ta = typeof a;
  if (ta !== typeof b) return D;
  if (ta === 'number') {
    const x = a as number;
    const y = b as number;
    switch (op) {
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return x / y;
      default:
        return D;
    }
  }
  if (ta === 'bigint') {
    const x = a as bigint;
    const y = b as bigint;
    switch (op) {
      case '+':
        return inInt(x + y);
      case '-':
        return inInt(x - y);
      case '*':
        return inInt(x * y);
      case '/':
        return y === 0n ? D : x / y;
      default:
        return y === 0n ? D : x % y;
    }
  }
  if (op !== '+') return D;
  if (ta === 'string') return (a as string) + (b as string);
  if (isList(a) && isList(b)) return [...a, ...b];
  return D;
}

/** Code points in a string, as the library counts them (`for...of`). */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

function sizeOf(v: unknown): bigint | typeof D {
  if (typeof v === 'string') return BigInt(codePoints(v));
  if (isList(v)) return BigInt(v.length);
  if (isPlainMap(v)) return BigInt(Object.keys(v).length);
  return D;
}

/** What a comprehension iterates: a list's elements or a map's keys. */
function iterable(v: unknown): readonly unknown[] | typeof D {
  if (isList(v)) return v;
  if (isPlainMap(v)) return Object.keys(v);
  return D;
}

/** Size as a plain number (for comparisons with an int literal), or DEFER. */
function sizeNum(v: unknown): number | typeof D {
  if (typeof v === 'string') return codePoints(v);
  if (isList(v)) return v.length;
  if (isPlainMap(v)) return Object.keys(v).length;
  return D;
}

const negate = (v: unknown): unknown => (typeof v === 'number' ? -v : typeof v === 'bigint' ? -v : D);

function matches(s: unknown, re: unknown): unknown {
  if (typeof s !== 'string' || typeof re !== 'string') return D;
  try {
    return new RegExp(re).test(s);
  } catch {
    return D;
  }
}

/** The helpers generated code calls, by name (the names are fixed identifiers, never expression text). */
const HELPER_LIST = {
  D,
  hasOwn,
  isModelled,
  modelled,
  isPlainMap,
  index,
  equals,
  notEquals,
  orderable,
  member,
  arith,
  sizeOf,
  sizeNum,
  iterable,
  negate,
  matches,
};
const HELPER_NAMES = Object.keys(HELPER_LIST);
const HELPERS = Object.values(HELPER_LIST);

// ---------------------------------------------------------------------------------------------------------
// Translation

/** A node as the translator sees it: `op` and `args` (the typed union is too narrow for generic walking). */
interface Node {
  readonly op: string;
  readonly args: unknown;
}

type Scope = ReadonlyMap<string, string>;

const ORDER_OPS = new Set(['<', '<=', '>', '>=']);
const ARITH_OPS = new Set(['+', '-', '*', '/']);
const STRING_METHODS: Record<string, string> = { startsWith: 'startsWith', endsWith: 'endsWith', contains: 'includes' };
const STRING_GETTERS: Record<string, string> = { lowerAscii: 'toLowerCase', upperAscii: 'toUpperCase', trim: 'trim' };
const MACROS = new Set(['exists', 'all', 'exists_one', 'map', 'filter']);
const SAFE_INT = 2n ** 53n;

/** An int literal a double holds exactly, as a number; undefined otherwise. */
function smallInt(n: Node): number | undefined {
  return n.op === 'value' && typeof n.args === 'bigint' && n.args <= SAFE_INT && n.args >= -SAFE_INT ? Number(n.args) : undefined;
}

/** `size(x)` or `x.size()`: the node of x. */
function sizeArg(n: Node): Node | undefined {
  if (n.op === 'call') {
    const [name, args] = n.args as [string, Node[]];
    return name === 'size' && args.length === 1 ? args[0] : undefined;
  }
  if (n.op === 'rcall') {
    const [name, recv, args] = n.args as [string, Node, Node[]];
    return name === 'size' && args.length === 0 ? recv : undefined;
  }
  return undefined;
}

/**
 * The code generator: `emit` writes statements that compute a node into `lines` and returns a JavaScript
 * expression (a temporary, a constant or a literal) that holds the node's value or DEFER. Undefined: the node
 * is outside the subset.
 */
class Gen {
  /**
   * Own keys the variable `asset` always has (the CEL view built by cel.ts), when the generated function is
   * only ever called with that view: `asset.<key>` is then a plain read, with no map or own-key test.
   */
  constructor(private readonly viewKeys: ReadonlySet<string> = new Set()) {}

  readonly lines: string[] = [];
  readonly consts: unknown[] = [];
  vars = 0;

  private tmp(): string {
    return `t${this.vars++}`;
  }

  private konst(v: unknown): string {
    return this.constant(v);
  }

  /** A constant the generated code reads by name (`k3`): numbers, regular expressions, lists. */
  constant(v: unknown): string {
    this.consts.push(v);
    return `k${this.consts.length - 1}`;
  }

  private line(s: string): void {
    this.lines.push(s);
  }

  emit(n: Node, scope: Scope): string | undefined {
    switch (n.op) {
      case 'value':
        return this.literal(n.args);
      case 'id': {
        const name = n.args as string;
        const bound = scope.get(name);
        if (bound !== undefined) return bound;
        if (name === 'asset') return 'a';
        if (name === 'now') return 'n';
        return undefined;
      }
      case '.': {
        const [target, name] = n.args as [Node, string];
        if (target.op === 'id' && target.args === 'asset' && !scope.has('asset') && this.viewKeys.has(name)) {
          const out = this.tmp();
          this.modelledItem(out, `a[${JSON.stringify(name)}]`);
          return out;
        }
        const o = this.emit(target, scope);
        if (o === undefined) return undefined;
        return this.field(o, name);
      }
      case '[]': {
        const [target, ix] = n.args as [Node, Node];
        const o = this.emit(target, scope);
        const k = o === undefined ? undefined : this.emit(ix, scope);
        if (o === undefined || k === undefined) return undefined;
        const out = this.tmp();
        this.line(`${out} = ${o} === D ? D : index(${o}, ${k});`);
        return out;
      }
      case '!_': {
        const x = this.emit(n.args as Node, scope);
        if (x === undefined) return undefined;
        const out = this.tmp();
        this.line(`${out} = typeof ${x} === 'boolean' ? !${x} : D;`);
        return out;
      }
      case '-_': {
        const x = this.emit(n.args as Node, scope);
        if (x === undefined) return undefined;
        const out = this.tmp();
        this.line(`${out} = negate(${x});`);
        return out;
      }
      case '&&':
      case '||':
        return this.logical(n.op === '||', n.args as [Node, Node], scope);
      case '?:': {
        const [c, yes, no] = n.args as [Node, Node, Node];
        const cond = this.emit(c, scope);
        if (cond === undefined) return undefined;
        const out = this.tmp();
        this.line(`if (${cond} === true) {`);
        const y = this.emit(yes, scope);
        if (y === undefined) return undefined;
        this.line(`${out} = ${y};`);
        this.line(`} else if (${cond} === false) {`);
        const z = this.emit(no, scope);
        if (z === undefined) return undefined;
        this.line(`${out} = ${z};`);
        this.line(`} else ${out} = D;`);
        return out;
      }
      case '==':
      case '!=':
        return this.equality(n.op === '!=', n.args as [Node, Node], scope);
      case '<':
      case '<=':
      case '>':
      case '>=':
        return this.ordering(n.op, n.args as [Node, Node], scope);
      case 'in':
        return this.membership(n.args as [Node, Node], scope);
      case '+':
      case '-':
      case '*':
      case '/':
      case '%': {
        const [ln, rn] = n.args as [Node, Node];
        const l = this.emit(ln, scope);
        const r = l === undefined ? undefined : this.emit(rn, scope);
        if (l === undefined || r === undefined) return undefined;
        const out = this.tmp();
        const op = JSON.stringify(n.op);
        if (ARITH_OPS.has(n.op)) this.line(`${out} = typeof ${l} === 'number' && typeof ${r} === 'number' ? ${l} ${n.op} ${r} : ${l} === D || ${r} === D ? D : arith(${op}, ${l}, ${r});`);
        else this.line(`${out} = ${l} === D || ${r} === D ? D : arith(${op}, ${l}, ${r});`);
        return out;
      }
      case 'list': {
        const items = n.args as Node[];
        if (items.every((x) => x.op === 'value')) {
          if (items.some((x) => this.literal(x.args) === undefined)) return undefined;
          return this.konst(items.map((x) => x.args));
        }
        const parts: string[] = [];
        for (const x of items) {
          const v = this.emit(x, scope);
          if (v === undefined) return undefined;
          parts.push(v);
        }
        const out = this.tmp();
        this.line(`${out} = ${parts.map((p) => `${p} === D`).join(' || ')} ? D : [${parts.join(', ')}];`);
        return out;
      }
      case 'call':
        return this.call(n.args as [string, Node[]], scope);
      case 'rcall':
        return this.receiverCall(n.args as [string, Node, Node[]], scope);
      default:
        return undefined;
    }
  }

  private literal(v: unknown): string | undefined {
    switch (typeof v) {
      case 'string':
        return JSON.stringify(v);
      case 'boolean':
        return v ? 'true' : 'false';
      case 'number':
      case 'bigint':
        return this.konst(v);
      case 'object':
        return v === null ? 'null' : undefined;
      default:
        return undefined;
    }
  }

  /** `o.name`: the own value of a plain map, DEFER for a missing key or anything else. */
  private field(o: string, name: string): string {
    const out = this.tmp();
    const k = JSON.stringify(name);
    // Inline (not through helpers) so that each read has its own inline caches.
    this.line(`if (typeof ${o} === 'object' && ${o} !== null && ((c_ = ${o}.constructor) === Object || c_ === undefined) && hasOwn(${o}, ${k})) {`);
    this.line(`  ${out} = ${o}[${k}];`);
    this.line(`  if (typeof ${out} === 'object') { if (${out} !== null && (c_ = ${out}.constructor) !== Object && c_ !== Array && c_ !== undefined) ${out} = D; }`);
    this.line(`  else if (${out} === undefined || typeof ${out} === 'function' || typeof ${out} === 'symbol') ${out} = D;`);
    this.line(`} else ${out} = D;`);
    return out;
  }

  /** `out = modelled(expr)`, inline: the value, or DEFER for undefined, functions and non-plain objects. */
  private modelledItem(out: string, expr: string): void {
    this.line(`${out} = ${expr};`);
    this.line(`if (typeof ${out} === 'object') { if (${out} !== null && (c_ = ${out}.constructor) !== Object && c_ !== Array && c_ !== undefined) ${out} = D; }`);
    this.line(`else if (${out} === undefined || typeof ${out} === 'function' || typeof ${out} === 'symbol') ${out} = D;`);
  }

  private logical(isOr: boolean, [ln, rn]: [Node, Node], scope: Scope): string | undefined {
    // `a && b`: false if either is false (even when the other errors); true if both are true; otherwise an error.
    const absorb = isOr ? 'true' : 'false';
    const other = isOr ? 'false' : 'true';
    const l = this.emit(ln, scope);
    if (l === undefined) return undefined;
    const out = this.tmp();
    this.line(`if (${l} === ${absorb}) ${out} = ${absorb}; else {`);
    const r = this.emit(rn, scope);
    if (r === undefined) return undefined;
    this.line(`${out} = ${r} === ${absorb} ? ${absorb} : ${l} === ${other} && ${r} === ${other} ? ${other} : D;`);
    this.line('}');
    return out;
  }

  private equality(neg: boolean, [ln, rn]: [Node, Node], scope: Scope): string | undefined {
    const eq = neg ? '!==' : '===';
    // size(x) == 3: no BigInt.
    for (const [s, lit] of [[ln, rn], [rn, ln]] as const) {
      const arg = sizeArg(s);
      const num = smallInt(lit);
      if (arg && num !== undefined) return this.sizeAgainst(arg, eq, num, scope);
    }
    const l = this.emit(ln, scope);
    const r = l === undefined ? undefined : this.emit(rn, scope);
    if (l === undefined || r === undefined) return undefined;
    const out = this.tmp();
    const f = neg ? 'notEquals' : 'equals';
    // A literal string or bool on one side: compare directly when the other side has its type.
    const litType = (x: Node): string | undefined => (x.op === 'value' && (typeof x.args === 'string' || typeof x.args === 'boolean') ? typeof x.args : undefined);
    const lt = litType(rn) ?? litType(ln);
    if (lt) {
      const [v, lit] = litType(rn) ? [l, r] : [r, l];
      this.line(`${out} = typeof ${v} === '${lt}' ? ${v} ${eq} ${lit} : ${f}(${v}, ${lit});`);
    } else this.line(`${out} = ${f}(${l}, ${r});`);
    return out;
  }

  /** `size(x) <op> n` with a small integer literal: compared as numbers, no BigInt (D when size is not defined). */
  private sizeAgainst(arg: Node, op: string, num: number, scope: Scope): string | undefined {
    const x = this.emit(arg, scope);
    if (x === undefined) return undefined;
    const sz = this.tmp();
    const out = this.tmp();
    this.line(`${sz} = sizeNum(${x});`);
    this.line(`${out} = ${sz} === D ? D : ${sz} ${op} ${num};`);
    return out;
  }

  private ordering(op: string, [ln, rn]: [Node, Node], scope: Scope): string | undefined {
    if (!ORDER_OPS.has(op)) return undefined;
    const litNum = smallInt(rn);
    const sz = sizeArg(ln);
    if (sz && litNum !== undefined) return this.sizeAgainst(sz, op, litNum, scope);
    const l = this.emit(ln, scope);
    const r = l === undefined ? undefined : this.emit(rn, scope);
    if (l === undefined || r === undefined) return undefined;
    const out = this.tmp();
    if (litNum !== undefined) {
      this.line(`${out} = typeof ${l} === 'number' ? ${l} ${op} ${litNum} : typeof ${l} === 'bigint' ? ${l} ${op} ${r} : D;`);
    } else if (rn.op === 'value' && typeof rn.args === 'number') {
      this.line(`${out} = typeof ${l} === 'number' || typeof ${l} === 'bigint' ? ${l} ${op} ${r} : D;`);
    } else if (rn.op === 'value' && typeof rn.args === 'string') {
      this.line(`${out} = typeof ${l} === 'string' ? ${l} ${op} ${r} : D;`);
    } else {
      this.line(`${out} = orderable(${l}, ${r}) ? ${l} ${op} ${r} : D;`);
    }
    return out;
  }

  private membership([ln, rn]: [Node, Node], scope: Scope): string | undefined {
    const l = this.emit(ln, scope);
    const r = l === undefined ? undefined : this.emit(rn, scope);
    if (l === undefined || r === undefined) return undefined;
    const out = this.tmp();
    const items = rn.op === 'list' ? (rn.args as Node[]) : undefined;
    if (items && items.length > 0 && items.length <= 16 && items.every((x) => x.op === 'value' && typeof x.args === 'string')) {
      const any = items.map((x) => `${l} === ${JSON.stringify(x.args)}`).join(' || ');
      this.line(`${out} = typeof ${l} === 'string' ? (${any}) : member(${l}, ${r});`);
    } else this.line(`${out} = member(${l}, ${r});`);
    return out;
  }

  private call([name, args]: [string, Node[]], scope: Scope): string | undefined {
    if (name === 'has' && args.length === 1) return this.presence(args[0]!, scope);
    if (name === 'size' && args.length === 1) {
      const x = this.emit(args[0]!, scope);
      if (x === undefined) return undefined;
      const out = this.tmp();
      this.line(`${out} = sizeOf(${x});`);
      return out;
    }
    return undefined;
  }

  /** `has(x.a.b)`: a missing last key is false, a missing key before it is an error; on a non-map, false. */
  private presence(arg: Node, scope: Scope): string | undefined {
    const keys: string[] = [];
    let n = arg;
    while (n.op === '.') {
      const [target, name] = n.args as [Node, string];
      keys.unshift(name);
      n = target;
    }
    if (n.op !== 'id' || keys.length === 0) return undefined;
    const base = this.emit(n, scope);
    if (base === undefined) return undefined;
    const p = this.tmp();
    const out = this.tmp();
    this.line(`${out} = D; ${p} = ${base};`);
    this.line('do {');
    // On the view, a key it always has is a plain read.
    const onView = n.args === 'asset' && !scope.has('asset') && this.viewKeys.has(keys[0]!);
    keys.forEach((key, i) => {
      const k = JSON.stringify(key);
      if (i === 0 && onView) this.line(`${p} = a[${k}];`);
      else this.line(`if (typeof ${p} === 'object' && ${p} !== null && ((c_ = ${p}.constructor) === Object || c_ === undefined)) ${p} = hasOwn(${p}, ${k}) ? ${p}[${k}] : undefined; else if (isModelled(${p})) ${p} = undefined; else break;`);
      if (i < keys.length - 1) this.line(`if (${p} === undefined) break;`);
      else this.line(`${out} = ${p} !== undefined;`);
    });
    this.line('} while (false);');
    return out;
  }

  private receiverCall([name, recv, args]: [string, Node, Node[]], scope: Scope): string | undefined {
    if (MACROS.has(name)) return this.comprehension(name, recv, args, scope);
    const s = this.emit(recv, scope);
    if (s === undefined) return undefined;
    const out = this.tmp();
    if (name === 'size' && args.length === 0) {
      this.line(`${out} = sizeOf(${s});`);
      return out;
    }
    const getter = Object.hasOwn(STRING_GETTERS, name) ? STRING_GETTERS[name] : undefined;
    if (getter && args.length === 0) {
      this.line(`${out} = typeof ${s} === 'string' ? ${s}.${getter}() : D;`);
      return out;
    }
    if (args.length !== 1) return undefined;
    const argNode = args[0]!;
    const x = this.emit(argNode, scope);
    if (x === undefined) return undefined;
    const method = Object.hasOwn(STRING_METHODS, name) ? STRING_METHODS[name] : undefined;
    if (method) {
      this.line(`${out} = typeof ${s} === 'string' && typeof ${x} === 'string' ? ${s}.${method}(${x}) : D;`);
      return out;
    }
    if (name !== 'matches') return undefined;
    if (argNode.op === 'value' && typeof argNode.args === 'string') {
      let re: RegExp | undefined;
      try {
        re = new RegExp(argNode.args);
      } catch {
        re = undefined;
      }
      if (re) this.line(`${out} = typeof ${s} === 'string' ? ${this.konst(re)}.test(${s}) : D;`);
      else this.line(`${out} = D;`);
      return out;
    }
    this.line(`${out} = matches(${s}, ${x});`);
    return out;
  }

  /** The macros: `exists` and `all` absorb errors when another element decides; the others fail on any error. */
  private comprehension(name: string, recv: Node, args: Node[], scope: Scope): string | undefined {
    if (!(args.length === 2 || (name === 'map' && args.length === 3))) return undefined;
    const v = args[0]!;
    if (v.op !== 'id' || typeof v.args !== 'string') return undefined;
    const coll = this.emit(recv, scope);
    if (coll === undefined) return undefined;
    const xs = this.tmp();
    const i = this.tmp();
    const item = this.tmp();
    const failed = this.tmp();
    const out = this.tmp();
    const inner = new Map(scope).set(v.args, item);
    this.line(`${xs} = typeof ${coll} === 'object' && ${coll} !== null && ${coll}.constructor === Array ? ${coll} : ${coll} === D ? D : iterable(${coll});`);
    this.line(`if (${xs} === D) ${out} = D; else {`);
    switch (name) {
      case 'exists':
      case 'all': {
        const hit = name === 'exists' ? 'true' : 'false';
        const miss = name === 'exists' ? 'false' : 'true';
        this.line(`${out} = ${miss}; ${failed} = false;`);
        this.line(`for (${i} = 0; ${i} < ${xs}.length; ${i}++) {`);
        this.modelledItem(item, `${xs}[${i}]`);
        const p = this.emit(args[1]!, inner);
        if (p === undefined) return undefined;
        this.line(`if (${p} === ${hit}) { ${out} = ${hit}; break; }`);
        this.line(`if (${p} !== ${miss}) ${failed} = true;`);
        this.line('}');
        this.line(`if (${out} === ${miss} && ${failed}) ${out} = D;`);
        break;
      }
      case 'exists_one': {
        this.line(`${failed} = 0; ${out} = undefined;`);
        this.line(`for (${i} = 0; ${i} < ${xs}.length; ${i}++) {`);
        this.modelledItem(item, `${xs}[${i}]`);
        const p = this.emit(args[1]!, inner);
        if (p === undefined) return undefined;
        this.line(`if (${p} === true) ${failed}++; else if (${p} !== false) { ${out} = D; break; }`);
        this.line('}');
        this.line(`if (${out} !== D) ${out} = ${failed} === 1;`);
        break;
      }
      case 'filter': {
        this.line(`${out} = [];`);
        this.line(`for (${i} = 0; ${i} < ${xs}.length; ${i}++) {`);
        this.modelledItem(item, `${xs}[${i}]`);
        const p = this.emit(args[1]!, inner);
        if (p === undefined) return undefined;
        this.line(`if (${p} === true) ${out}.push(${item}); else if (${p} !== false) { ${out} = D; break; }`);
        this.line('}');
        break;
      }
      default: {
        // map(x, transform) or map(x, filter, transform)
        this.line(`${out} = [];`);
        this.line(`for (${i} = 0; ${i} < ${xs}.length; ${i}++) {`);
        this.modelledItem(item, `${xs}[${i}]`);
        if (args.length === 3) {
          const keep = this.emit(args[1]!, inner);
          if (keep === undefined) return undefined;
          this.line(`if (${keep} === false) continue;`);
          this.line(`if (${keep} !== true) { ${out} = D; break; }`);
        }
        const t = this.emit(args[args.length - 1]!, inner);
        if (t === undefined) return undefined;
        this.line(`if (${t} === D) { ${out} = D; break; }`);
        this.line(`${out}.push(${t});`);
        this.line('}');
      }
    }
    this.line('}');
    return out;
  }
}
