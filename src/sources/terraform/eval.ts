/**
 * Evaluates HCL expressions (./hcl/ast.ts) with Terraform's semantics: conversions between primitive
 * types, Unknown propagation (any operation on an Unknown gives an Unknown whose refs unite its inputs'),
 * templates, for expressions, splats, conditionals and built-in functions (./functions.ts). Root names
 * (`var`, `local`, `module`, `data`, resource types, `path`, `terraform`) are resolved by the caller's
 * environment (./load.ts). A dynamic error becomes an `EvaluationError` diagnostic at the expression's
 * file:line:column and the value Unknown. No I/O except through functions such as file().
 */
import { Unknown, isUnknown, type Diagnostic } from '../model.js';
import { callFunction, hasFunction, type FnContext } from './functions.js';
import type { Expr, Range, TemplatePart } from './hcl/ast.js';
import {
  EvalError,
  Lazy,
  deepEqual,
  deepUnknown,
  isObj,
  materialize,
  mergeUnknowns,
  sortedKeys,
  toBool,
  toList,
  toNum,
  toStr,
  typeName,
  unknownsIn,
  type Obj,
} from './values.js';

/** A name bound by a for expression, a dynamic block's iterator or templatefile's variables. */
export interface Binding {
  name: string;
  value: unknown;
  next?: Binding;
}

export interface EvalEnv {
  /** File of the expressions being evaluated (diagnostics). */
  file: string;
  diag(d: Diagnostic): void;
  /**
   * Resolves a root name not bound locally: `var`, `local`, `module`, `data`, `path`, `terraform`, a
   * resource type. Returns undefined when the name means nothing here.
   */
  root(name: string, range: Range): unknown;
  fn: FnContext;
  bind?: Binding;
  /** `count.index` where the block has `count`. */
  count?: unknown;
  /** `each.key` / `each.value` where the block has `for_each`. */
  each?: { key: unknown; value: unknown };
  /** The element a splat's `each` traversal applies to. */
  splatItem?: unknown;
}

/**
 * Objects that stand for nested blocks of a resource: an attribute they do not set is computed by the
 * provider (Unknown with the resource's address), not an error.
 */
const computedOwners = new WeakMap<object, { address: string; path: string }>();

export function markComputed(o: object, address: string, path: string): void {
  computedOwners.set(o, { address, path });
}

/** Evaluates `expr`; a dynamic error becomes a diagnostic and the value Unknown. */
export function evaluate(expr: Expr, env: EvalEnv): unknown {
  try {
    return evalExpr(expr, env);
  } catch (e) {
    return report(asEvalError(e), expr, env);
  }
}

/** EvalError as is; RangeError (stack depth, string / array size limits) as an evaluation error; others rethrown. */
function asEvalError(e: unknown): EvalError {
  if (e instanceof EvalError) return e;
  if (e instanceof RangeError) return new EvalError(`evaluation limit exceeded: ${e.message}`);
  throw e;
}

function report(e: EvalError, expr: Expr, env: EvalEnv): Unknown {
  const r = e.range ?? expr.range;
  env.diag({ severity: 'error', file: env.file, line: r.start.line, column: r.start.column, code: 'EvaluationError', message: e.message });
  return new Unknown(`evaluation error: ${e.message}`);
}

/** Evaluates `expr` and materializes Lazy objects (for values stored on resources and outputs). */
export function evaluateValue(expr: Expr, env: EvalEnv): unknown {
  try {
    return materialize(evalExpr(expr, env));
  } catch (e) {
    return report(asEvalError(e), expr, env);
  }
}

/** Evaluates; throws EvalError (with the innermost expression's range) on dynamic errors. */
export function evalExpr(e: Expr, env: EvalEnv): unknown {
  try {
    return evalNode(e, env);
  } catch (err) {
    if (err instanceof EvalError && !err.range) throw new EvalError(err.message, e.range);
    throw err;
  }
}

function evalNode(e: Expr, env: EvalEnv): unknown {
  switch (e.type) {
    case 'literal':
      return e.value;
    case 'template':
      return evalTemplate(e.parts, env, !e.heredoc);
    case 'tuple':
      return e.items.map((x) => evalExpr(x, env));
    case 'object': {
      const out: Obj = {};
      const us: Unknown[] = [];
      for (const item of e.items) {
        const k = evalExpr(item.key, env);
        const v = evalExpr(item.value, env);
        if (isUnknown(k)) {
          us.push(k);
          continue;
        }
        if (k === null) throw new EvalError('Invalid object key: key must not be null', item.key.range);
        out[toStr(k, 'object key')] = v;
      }
      return us.length ? mergeUnknowns(us) : out;
    }
    case 'variable':
      return lookupName(e.name, e.range, env);
    case 'getattr':
      return getAttr(evalExpr(e.object, env), e.name, e.range);
    case 'index': {
      const o = evalExpr(e.object, env);
      const k = evalExpr(e.key, env);
      return index(o, k, e.range);
    }
    case 'splat': {
      const o = evalExpr(e.object, env);
      if (o === null || o === undefined) return [];
      if (isUnknown(o)) return o;
      const items = Array.isArray(o) ? o : [o];
      return items.map((item) => evalExpr(e.each, { ...env, splatItem: item }));
    }
    case 'splat-item':
      if (!('splatItem' in env)) throw new EvalError('Splat item outside a splat expression');
      return env.splatItem;
    case 'call':
      return evalCall(e, env);
    case 'for':
      return evalFor(e, env);
    case 'conditional': {
      const c = evalExpr(e.cond, env);
      if (isUnknown(c)) {
        const t = materialize(evalExpr(e.then, env));
        const f = materialize(evalExpr(e.else, env));
        const tu = unknownsIn(t);
        const fu = unknownsIn(f);
        if (!tu.length && !fu.length && deepEqual(t, f)) return t;
        return mergeUnknowns([c, ...tu, ...fu], c.reason);
      }
      if (c === null) throw new EvalError('Null condition: the condition value is null', e.cond.range);
      return toBool(c, 'condition') ? evalExpr(e.then, env) : evalExpr(e.else, env);
    }
    case 'binary':
      return evalBinary(e.op, e.left, e.right, env);
    case 'unary': {
      const v = evalExpr(e.operand, env);
      if (isUnknown(v)) return v;
      if (e.op === '!') return !toBool(v, 'operand');
      return -toNum(v, 'operand');
    }
    case 'parens':
      return evalExpr(e.expr, env);
  }
}

function lookupName(name: string, range: Range, env: EvalEnv): unknown {
  for (let b = env.bind; b; b = b.next) if (b.name === name) return b.value;
  if (name === 'count') {
    if (env.count === undefined) throw new EvalError('Reference to "count" in non-counted context', range);
    return { index: env.count };
  }
  if (name === 'each') {
    if (!env.each) throw new EvalError('Reference to "each" in context without for_each', range);
    return { key: env.each.key, value: env.each.value };
  }
  if (name === 'self') return new Unknown('self is only known at apply');
  const v = env.root(name, range);
  if (v === undefined) throw new EvalError(`Unknown variable: there is no variable named "${name}"`, range);
  return v;
}

/** `o.name` with Terraform's rules; exported for the loader. */
export function getAttr(o: unknown, name: string, range?: Range): unknown {
  if (o instanceof Lazy) return o.get(name, range);
  if (isUnknown(o)) return o;
  if (o === null || o === undefined) throw new EvalError(`Attempt to get attribute "${name}" from null value`, range);
  if (Array.isArray(o)) {
    if (/^\d+$/.test(name)) return index(o, Number(name), range);
    throw new EvalError(`Unsupported attribute: can't access attribute "${name}" on a list; use [*].${name} for every element`, range);
  }
  if (isObj(o)) {
    if (Object.prototype.hasOwnProperty.call(o, name)) return o[name];
    const owner = computedOwners.get(o);
    if (owner) return new Unknown(`computed attribute ${owner.address}.${owner.path}.${name}`, [owner.address]);
    throw new EvalError(`Unsupported attribute: this object does not have an attribute named "${name}"`, range);
  }
  throw new EvalError(`Unsupported attribute: can't access attribute "${name}" on a ${typeName(o)} value`, range);
}

function index(o: unknown, k: unknown, range?: Range): unknown {
  if (isUnknown(o)) return isUnknown(k) ? mergeUnknowns([o, k]) : o;
  if (isUnknown(k)) return k;
  if (k === null || k === undefined) throw new EvalError('Invalid index: can\'t use a null value as an index', range);
  if (o instanceof Lazy) return o.get(toStr(k, 'index'), range);
  if (o === null || o === undefined) throw new EvalError('Invalid index: this value is null', range);
  if (Array.isArray(o)) {
    const i = toNum(k, 'index');
    if (!Number.isInteger(i) || i < 0 || i >= o.length) throw new EvalError(`Invalid index: the given key ${String(k)} is out of range (length ${o.length})`, range);
    return o[i];
  }
  if (isObj(o)) {
    const key = toStr(k, 'index');
    if (Object.prototype.hasOwnProperty.call(o, key)) return o[key];
    throw new EvalError(`Invalid index: the given key "${key}" does not exist`, range);
  }
  throw new EvalError(`Invalid index: a ${typeName(o)} value cannot be indexed`, range);
}

function evalBinary(op: string, le: Expr, re: Expr, env: EvalEnv): unknown {
  if (op === '&&' || op === '||') {
    const l = evalExpr(le, env);
    const short = op === '||';
    if (!isUnknown(l) && toBool(l, 'operand') === short) return short;
    const r = evalExpr(re, env);
    if (!isUnknown(r) && toBool(r, 'operand') === short) return short;
    if (isUnknown(l) || isUnknown(r)) return mergeUnknowns([l, r].filter(isUnknown));
    return !short;
  }
  const l = evalExpr(le, env);
  const r = evalExpr(re, env);
  if (op === '==' || op === '!=') {
    const lm = materialize(l);
    const rm = materialize(r);
    const u = deepUnknown([lm, rm]);
    if (u) return u;
    const eq = deepEqual(lm, rm);
    return op === '==' ? eq : !eq;
  }
  if (isUnknown(l) || isUnknown(r)) return mergeUnknowns([l, r].filter(isUnknown));
  const a = toNum(l, 'operand');
  const b = toNum(r, 'operand');
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0) throw new EvalError('Division by zero');
      return a / b;
    case '%':
      if (b === 0) throw new EvalError('Division by zero');
      return a % b;
    case '<':
      return a < b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '>=':
      return a >= b;
  }
  throw new EvalError(`Unsupported operator ${op}`);
}

function interpString(v: unknown): string {
  if (v === null || v === undefined) throw new EvalError('Invalid template interpolation value: the expression result is null');
  if (typeof v === 'object') throw new EvalError(`Invalid template interpolation value: cannot include a ${typeName(v)} value in a string template; a string is required`);
  return toStr(v);
}

function evalTemplate(parts: TemplatePart[], env: EvalEnv, unwrap: boolean): unknown {
  // A template that is exactly one interpolation returns the value unconverted.
  if (unwrap && parts.length === 1 && parts[0]!.type === 'interp') return evalExpr(parts[0]!.expr, env);
  const us: Unknown[] = [];
  const out = renderParts(parts, env, us);
  if (!us.length) return out;
  // The known text stays in the reason (`"${…}/blobServices/default"`): mappers and readers can tell what it was.
  const merged = mergeUnknowns(us);
  return out === '${…}' ? merged : new Unknown(`${merged.reason} in "${out}"`, merged.refs);
}

function renderParts(parts: TemplatePart[], env: EvalEnv, us: Unknown[]): string {
  let s = '';
  for (const p of parts) {
    switch (p.type) {
      case 'string':
        s += p.value;
        break;
      case 'interp': {
        const v = evalExpr(p.expr, env);
        if (isUnknown(v)) {
          us.push(v);
          s += '${…}';
        } else s += withRange(() => interpString(v), p.range);
        break;
      }
      case 'if': {
        const c = evalExpr(p.cond, env);
        if (isUnknown(c)) {
          us.push(c);
          break;
        }
        const branch = withRange(() => toBool(c, 'condition'), p.range) ? p.then : p.else;
        if (branch) s += renderParts(branch, env, us);
        break;
      }
      case 'for': {
        const coll = materializeShallow(evalExpr(p.collection, env));
        if (isUnknown(coll)) {
          us.push(coll);
          break;
        }
        for (const [k, v] of entries(coll, p.range)) s += renderParts(p.body, { ...env, bind: bindKV(env.bind, p.keyVar, k, p.valueVar, v) }, us);
        break;
      }
    }
  }
  return s;
}

function withRange<T>(f: () => T, range: Range): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof EvalError && !e.range) throw new EvalError(e.message, range);
    throw e;
  }
}

function materializeShallow(v: unknown): unknown {
  return v instanceof Lazy ? v.whole() : v;
}

function entries(coll: unknown, range: Range): Array<[unknown, unknown]> {
  if (Array.isArray(coll)) return coll.map((v, i) => [i, v]);
  if (isObj(coll)) return sortedKeys(coll).map((k) => [k, coll[k]]);
  if (coll === null || coll === undefined) throw new EvalError('Iteration over null value', range);
  throw new EvalError(`Iteration over non-iterable value: a ${typeName(coll)} cannot be used as a collection`, range);
}

function bindKV(next: Binding | undefined, keyVar: string | undefined, k: unknown, valueVar: string, v: unknown): Binding {
  const b: Binding = { name: valueVar, value: v, next };
  return keyVar ? { name: keyVar, value: k, next: b } : b;
}

/**
 * The environments of a for expression's items whose condition holds; an unknown condition is collected into
 * `us` (the whole result is then unknown) and its item skipped.
 */
function* forItems(e: Extract<Expr, { type: 'for' }>, env: EvalEnv, items: Iterable<[unknown, unknown]>, us: Unknown[]): Generator<EvalEnv> {
  for (const [k, v] of items) {
    const inner = { ...env, bind: bindKV(env.bind, e.keyVar, k, e.valueVar, v) };
    if (e.cond) {
      const c = evalExpr(e.cond, inner);
      if (isUnknown(c)) {
        us.push(c);
        continue;
      }
      if (!toBool(c, 'for condition')) continue;
    }
    yield inner;
  }
}

function evalFor(e: Extract<Expr, { type: 'for' }>, env: EvalEnv): unknown {
  const coll = materializeShallow(evalExpr(e.collection, env));
  if (isUnknown(coll)) return coll;
  const items = entries(coll, e.collection.range);
  const us: Unknown[] = [];
  if (!e.object) {
    const out: unknown[] = [];
    for (const inner of forItems(e, env, items, us)) out.push(evalExpr(e.value, inner));
    return us.length ? mergeUnknowns(us) : out;
  }
  const out: Obj = {};
  for (const inner of forItems(e, env, items, us)) {
    const key = evalExpr(e.key!, inner);
    const val = evalExpr(e.value, inner);
    if (isUnknown(key)) {
      us.push(key);
      continue;
    }
    const ks = toStr(key, 'for key');
    if (e.grouping) ((out[ks] ??= []) as unknown[]).push(val);
    else {
      if (Object.prototype.hasOwnProperty.call(out, ks)) throw new EvalError(`Duplicate object key "${ks}" in for expression; add "..." after the value to group values by key`, e.key!.range);
      out[ks] = val;
    }
  }
  return us.length ? mergeUnknowns(us) : out;
}

function evalCall(e: Extract<Expr, { type: 'call' }>, env: EvalEnv): unknown {
  if (e.name === 'try') {
    let last: EvalError | undefined;
    for (const a of e.args) {
      try {
        const v = evalExpr(a, env);
        return v;
      } catch (err) {
        if (!(err instanceof EvalError)) throw err;
        last = err;
      }
    }
    throw new EvalError(`No expression in try() succeeded${last ? `: ${last.message}` : ''}`, e.range);
  }
  if (e.name === 'can') {
    if (e.args.length !== 1) throw new EvalError('can() takes exactly one argument', e.range);
    try {
      const v = materialize(evalExpr(e.args[0]!, env));
      return isUnknown(v) ? v : true;
    } catch (err) {
      if (!(err instanceof EvalError)) throw err;
      return false;
    }
  }
  if (!hasFunction(e.name)) {
    env.diag({ severity: 'warning', file: env.file, line: e.range.start.line, column: e.range.start.column, code: 'UnknownFunction', message: `function ${e.name}() is not supported offline; its result is unknown` });
    return new Unknown(`function ${e.name}() is not evaluated offline`);
  }
  let args = e.args.map((a) => materialize(evalExpr(a, env)));
  if (e.expandFinal && args.length) {
    const last = args[args.length - 1];
    if (isUnknown(last)) return last;
    args = [...args.slice(0, -1), ...toList(last, 'expanded argument')];
  }
  try {
    return callFunction(e.name, args, env.fn);
  } catch (err) {
    if (err instanceof EvalError) throw new EvalError(`Error in function ${e.name}(): ${err.message}`, e.range);
    throw err;
  }
}
