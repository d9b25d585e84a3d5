/**
 * Runtime values of the Terraform evaluator: plain JSON-like values (string, number, boolean, null, arrays
 * for lists / tuples / sets, plain objects for maps / objects), `Unknown` for what is not known before apply,
 * and `Lazy` objects (namespaces such as `var`, resource instances, module instances) whose attributes are
 * computed on demand. No I/O.
 */
import { Unknown, isUnknown } from '../model.js';
import type { Range } from './hcl/ast.js';

/** An object whose attributes are evaluated on demand: `var`, `local`, a resource instance, a module instance. */
export class Lazy {
  constructor(
    /** What it is, for messages: `resource aws_s3_bucket.b`, `var`. */
    readonly label: string,
    /** The attribute `name`; throws EvalError when it does not exist. */
    readonly get: (name: string, range: Range | undefined) => unknown,
    /** The whole object as a plain value (resource instance: its known values, computed ones Unknown). */
    readonly whole: () => unknown,
  ) {}
}

/** A dynamic evaluation error (type mismatch, missing attribute); the evaluator turns it into a diagnostic. */
export class EvalError extends Error {
  constructor(
    message: string,
    readonly range?: Range,
  ) {
    super(message);
  }
}

export type Obj = Record<string, unknown>;

export function isObj(v: unknown): v is Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Unknown) && !(v instanceof Lazy);
}

/** Replaces Lazy objects by their whole value, recursively. */
export function materialize(v: unknown): unknown {
  if (v instanceof Lazy) return materialize(v.whole());
  if (Array.isArray(v)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < v.length; i++) {
      const m = materialize(v[i]);
      if (m !== v[i]) (out ??= v.slice())[i] = m;
    }
    return out ?? v;
  }
  if (isObj(v)) {
    let out: Obj | undefined;
    for (const k of Object.keys(v)) {
      const m = materialize(v[k]);
      if (m !== v[k]) (out ??= { ...v })[k] = m;
    }
    return out ?? v;
  }
  return v;
}

/** All Unknowns in `v` (deep). */
export function unknownsIn(v: unknown, out: Unknown[] = []): Unknown[] {
  if (v instanceof Unknown) out.push(v);
  else if (Array.isArray(v)) for (const x of v) unknownsIn(x, out);
  else if (isObj(v)) for (const k in v) unknownsIn(v[k], out);
  return out;
}

/** One Unknown standing for all of `us`: the first reason, the union of refs. */
export function mergeUnknowns(us: readonly Unknown[], reason?: string): Unknown {
  if (us.length === 1 && reason === undefined) return us[0]!;
  const refs = new Set<string>();
  for (const u of us) for (const r of u.refs) refs.add(r);
  return new Unknown(reason ?? us[0]?.reason ?? 'unknown value', [...refs]);
}

/** An Unknown for `vals` when any of them is (shallowly) unknown. */
export function shallowUnknown(vals: readonly unknown[]): Unknown | undefined {
  let us: Unknown[] | undefined;
  for (const v of vals) if (isUnknown(v)) (us ??= []).push(v);
  return us ? mergeUnknowns(us) : undefined;
}

/** An Unknown for `vals` when any of them contains an Unknown anywhere. */
export function deepUnknown(vals: readonly unknown[]): Unknown | undefined {
  const us: Unknown[] = [];
  for (const v of vals) unknownsIn(v, us);
  return us.length ? mergeUnknowns(us) : undefined;
}

export function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'bool';
  if (Array.isArray(v)) return 'tuple';
  if (v instanceof Unknown) return 'unknown';
  return 'object';
}

/** Terraform's number → string conversion. */
export function formatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return n.toFixed(0);
  return String(n);
}

/** Converts a primitive to string as Terraform does (numbers, bools); throws for other types. */
export function toStr(v: unknown, what = 'value'): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v === null || v === undefined) throw new EvalError(`Invalid ${what}: the value is null; a string is required`);
  throw new EvalError(`Invalid ${what}: a string is required, got ${typeName(v)}`);
}

export function toNum(v: unknown, what = 'value'): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t !== '' && /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return Number(t);
    throw new EvalError(`Invalid ${what}: cannot convert "${v}" to number`);
  }
  if (v === null || v === undefined) throw new EvalError(`Invalid ${what}: the value is null; a number is required`);
  throw new EvalError(`Invalid ${what}: a number is required, got ${typeName(v)}`);
}

export function toBool(v: unknown, what = 'value'): boolean {
  if (typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === null || v === undefined) throw new EvalError(`Invalid ${what}: the value is null; a bool is required`);
  throw new EvalError(`Invalid ${what}: a bool is required, got ${typeName(v)}${typeof v === 'string' ? ` "${v}"` : ''}`);
}

export function toList(v: unknown, what = 'value'): unknown[] {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) throw new EvalError(`Invalid ${what}: the value is null; a list is required`);
  throw new EvalError(`Invalid ${what}: a list is required, got ${typeName(v)}`);
}

export function toMap(v: unknown, what = 'value'): Obj {
  if (isObj(v)) return v;
  if (v === null || v === undefined) throw new EvalError(`Invalid ${what}: the value is null; a map is required`);
  throw new EvalError(`Invalid ${what}: a map is required, got ${typeName(v)}`);
}

/** Deep equality of known values (caller ensures no Unknown inside). Numbers compare by value. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (isObj(a)) {
    if (!isObj(b)) return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length) return false;
    for (const k of ka) if (!(k in b) || !deepEqual(a[k], b[k])) return false;
    return true;
  }
  return false;
}

/** Sorted keys: Terraform iterates maps and objects in lexical key order. */
export function sortedKeys(o: Obj): string[] {
  return Object.keys(o).sort(lexCompare);
}

export function lexCompare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A set's elements as Terraform orders them: duplicates removed; strings lexically, numbers numerically. */
export function toSet(list: readonly unknown[]): unknown[] {
  const out: unknown[] = [];
  for (const x of list) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  if (out.every((x) => typeof x === 'string')) (out as string[]).sort(lexCompare);
  else if (out.every((x) => typeof x === 'number')) (out as number[]).sort((a, b) => a - b);
  return out;
}

/** JSON as Go's encoding/json writes it (HTML-safe escapes), keys sorted, like Terraform's jsonencode. */
export function goJson(v: unknown, indent?: string, sortKeys = true): string {
  const norm = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(norm);
    if (isObj(x)) {
      const o: Obj = {};
      for (const k of sortKeys ? sortedKeys(x) : Object.keys(x)) o[k] = norm(x[k]);
      return o;
    }
    return x === undefined ? null : x;
  };
  return htmlEscape(JSON.stringify(norm(v), null, indent));
}

export function htmlEscape(json: string): string {
  return json.replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
}

/** Terraform's quoting of an instance key in an address: `["a"]`, `[0]`. */
export function keyText(key: string | number): string {
  if (typeof key === 'number') return `[${key}]`;
  return `[${JSON.stringify(key).replace(/\$\{/g, '$${').replace(/%\{/g, '%%{')}]`;
}
