/**
 * Variable type constraints (`type = list(object({ a = optional(string, "x") }))`) applied to values as
 * Terraform converts them: primitives convert between string / number / bool, sets deduplicate, objects
 * keep only their declared attributes and fill `optional()` defaults. Unknown values pass through. No I/O.
 */
import { isUnknown } from '../model.js';
import type { Expr } from './hcl/ast.js';
import { EvalError, isObj, materialize, toBool, toList, toMap, toNum, toSet, toStr, type Obj } from './values.js';

export type TypeSpec =
  | { kind: 'any' | 'string' | 'number' | 'bool' }
  | { kind: 'list' | 'set' | 'map'; elem: TypeSpec }
  | { kind: 'tuple'; elems: TypeSpec[] }
  | { kind: 'object'; attrs: Map<string, { type: TypeSpec; optional: boolean; default?: Expr }> };

const ANY: TypeSpec = { kind: 'any' };

/** Reads a type expression; unrecognized parts are `any`. */
export function parseType(e: Expr): TypeSpec {
  if (e.type === 'variable') {
    if (e.name === 'string' || e.name === 'number' || e.name === 'bool') return { kind: e.name };
    return ANY;
  }
  if (e.type === 'parens') return parseType(e.expr);
  if (e.type === 'call') {
    const arg = e.args[0];
    switch (e.name) {
      case 'list':
      case 'set':
      case 'map':
        return { kind: e.name, elem: arg ? parseType(arg) : ANY };
      case 'tuple':
        return { kind: 'tuple', elems: arg?.type === 'tuple' ? arg.items.map(parseType) : [] };
      case 'object': {
        const attrs = new Map<string, { type: TypeSpec; optional: boolean; default?: Expr }>();
        if (arg?.type === 'object') {
          for (const item of arg.items) {
            const key = item.key.type === 'literal' ? String(item.key.value) : item.key.type === 'variable' ? item.key.name : undefined;
            if (key === undefined) continue;
            const v = item.value;
            if (v.type === 'call' && v.name === 'optional') attrs.set(key, { type: v.args[0] ? parseType(v.args[0]) : ANY, optional: true, ...(v.args[1] ? { default: v.args[1] } : {}) });
            else attrs.set(key, { type: parseType(v), optional: false });
          }
        }
        return { kind: 'object', attrs };
      }
    }
  }
  return ANY;
}

/**
 * Converts `v` to type `t`; `evalDefault` evaluates an optional() default expression. Throws EvalError
 * when the value does not conform.
 */
export function convert(v: unknown, t: TypeSpec, evalDefault: (e: Expr) => unknown, path = 'value'): unknown {
  if (isUnknown(v) || t.kind === 'any') return v;
  if (v === null || v === undefined) return null;
  v = materialize(v);
  if (isUnknown(v)) return v;
  switch (t.kind) {
    case 'string':
      return toStr(v, path);
    case 'number':
      return toNum(v, path);
    case 'bool':
      return toBool(v, path);
    case 'list':
      return toList(v, path).map((x, i) => convert(x, t.elem, evalDefault, `${path}[${i}]`));
    case 'set': {
      const xs = toList(v, path).map((x, i) => convert(x, t.elem, evalDefault, `${path}[${i}]`));
      return xs.some(isUnknown) ? xs : toSet(xs);
    }
    case 'map': {
      const o = toMap(v, path);
      const out: Obj = {};
      for (const k of Object.keys(o)) out[k] = convert(o[k], t.elem, evalDefault, `${path}["${k}"]`);
      return out;
    }
    case 'tuple': {
      const xs = toList(v, path);
      if (t.elems.length && xs.length !== t.elems.length) throw new EvalError(`Invalid ${path}: a tuple of ${t.elems.length} elements is required`);
      return xs.map((x, i) => (t.elems[i] ? convert(x, t.elems[i]!, evalDefault, `${path}[${i}]`) : x));
    }
    case 'object': {
      if (!isObj(v)) throw new EvalError(`Invalid ${path}: an object is required`);
      const out: Obj = {};
      for (const [k, a] of t.attrs) {
        const present = Object.prototype.hasOwnProperty.call(v, k) && v[k] !== null && v[k] !== undefined;
        if (present) out[k] = convert(v[k], a.type, evalDefault, `${path}.${k}`);
        else if (a.optional) out[k] = a.default ? convert(evalDefault(a.default), a.type, evalDefault, `${path}.${k}`) : null;
        else if (Object.prototype.hasOwnProperty.call(v, k)) out[k] = null;
        else throw new EvalError(`Invalid ${path}: attribute "${k}" is required`);
      }
      return out;
    }
  }
}
