/**
 * Terraform's built-in functions with Terraform's semantics, for the offline evaluator. Arguments arrive
 * materialized (plain values and Unknowns). An Unknown argument makes the result Unknown (refs united),
 * except for functions that only move values around (`merge`, `concat`, `length` of a known list, ...),
 * which keep Unknown elements in place. Errors are thrown as EvalError; the evaluator reports them.
 * Functions that read files resolve relative paths against the root module directory (Terraform's
 * working directory), then against the calling module's directory.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { stringify as yamlStringify } from 'yaml';
import { MAX_FILE_BYTES, Unknown, isUnknown } from '../model.js';
import {
  EvalError,
  deepEqual,
  deepUnknown,
  formatNumber,
  goJson,
  isObj,
  lexCompare,
  mergeUnknowns,
  shallowUnknown,
  sortedKeys,
  toBool,
  toList,
  toMap,
  toNum,
  toSet,
  toStr,
  typeName,
  type Obj,
} from './values.js';

export interface FnContext {
  /** Root module directory: Terraform's working directory. */
  rootDir: string;
  /** Directory of the module whose expression calls the function. */
  moduleDir: string;
  /** Renders a template file's text with `vars` (templatefile). */
  template(text: string, file: string, vars: Obj): unknown;
}

type Fn = (a: unknown[], ctx: FnContext) => unknown;

/**
 * `deep`: any Unknown anywhere in the arguments → Unknown. `shallow`: only an argument that is itself Unknown
 * → Unknown (the function handles Unknown elements). `none`: the function decides.
 */
interface FnDef {
  fn: Fn;
  unknown: 'deep' | 'shallow' | 'none';
  min: number;
  max: number;
}

const FUNCTIONS = new Map<string, FnDef>();

function def(name: string, min: number, max: number, unknown: FnDef['unknown'], fn: Fn): void {
  FUNCTIONS.set(name, { fn, unknown, min, max });
}

export function hasFunction(name: string): boolean {
  return FUNCTIONS.has(name);
}

/** Calls built-in `name`; throws EvalError on bad arguments. The caller checks hasFunction first. */
export function callFunction(name: string, args: unknown[], ctx: FnContext): unknown {
  const d = FUNCTIONS.get(name);
  if (!d) throw new EvalError(`Call to unknown function ${name}`);
  if (args.length < d.min) throw new EvalError(`Not enough function arguments: ${name} requires at least ${d.min}, got ${args.length}`);
  if (args.length > d.max) throw new EvalError(`Too many function arguments: ${name} takes at most ${d.max}, got ${args.length}`);
  if (d.unknown === 'deep') {
    const u = deepUnknown(args);
    if (u) return u;
  } else if (d.unknown === 'shallow') {
    const u = shallowUnknown(args);
    if (u) return u;
  }
  return d.fn(args, ctx);
}

const INF = Number.POSITIVE_INFINITY;
const str = (v: unknown, what = 'argument') => toStr(v, what);
const num = (v: unknown, what = 'argument') => toNum(v, what);
const int = (v: unknown, what = 'argument') => {
  const n = toNum(v, what);
  if (!Number.isInteger(n)) throw new EvalError(`Invalid ${what}: a whole number is required, got ${n}`);
  return n;
};
const chars = (s: string): string[] => Array.from(s);

// ---------------------------------------------------------------- numeric
def('abs', 1, 1, 'deep', ([x]) => Math.abs(num(x)));
def('ceil', 1, 1, 'deep', ([x]) => Math.ceil(num(x)));
def('floor', 1, 1, 'deep', ([x]) => Math.floor(num(x)));
def('log', 2, 2, 'deep', ([x, b]) => Math.log(num(x)) / Math.log(num(b)));
def('max', 1, INF, 'deep', (a) => Math.max(...a.map((x) => num(x))));
def('min', 1, INF, 'deep', (a) => Math.min(...a.map((x) => num(x))));
def('pow', 2, 2, 'deep', ([x, y]) => Math.pow(num(x), num(y)));
def('signum', 1, 1, 'deep', ([x]) => Math.sign(num(x)));
def('parseint', 2, 2, 'deep', ([s, b]) => {
  const base = int(b);
  if (base < 2 || base > 62) throw new EvalError('Invalid base: must be between 2 and 62');
  const text = str(s);
  const digits = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let neg = false;
  let t = text;
  if (t.startsWith('-')) {
    neg = true;
    t = t.slice(1);
  } else if (t.startsWith('+')) t = t.slice(1);
  if (t === '') throw new EvalError(`Invalid number: cannot parse "${text}" as a base ${base} integer`);
  let n = 0;
  for (const c of t) {
    const d = base <= 36 ? digits.indexOf(c.toLowerCase()) : digits.indexOf(c);
    if (d < 0 || d >= base) throw new EvalError(`Invalid number: cannot parse "${text}" as a base ${base} integer`);
    n = n * base + d;
  }
  return neg ? -n : n;
});

// ---------------------------------------------------------------- string
def('chomp', 1, 1, 'deep', ([s]) => str(s).replace(/(\r?\n)+$/, ''));
def('format', 1, INF, 'deep', ([f, ...rest]) => format(str(f), rest));
def('formatlist', 1, INF, 'deep', ([f, ...rest]) => {
  const fmt = str(f);
  let n: number | undefined;
  for (const r of rest) {
    if (Array.isArray(r)) {
      if (n !== undefined && n !== r.length) throw new EvalError('Error in function call: all list arguments must have the same length');
      n = r.length;
    }
  }
  if (n === undefined) return [format(fmt, rest)];
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(format(fmt, rest.map((r) => (Array.isArray(r) ? r[i] : r))));
  return out;
});
def('indent', 2, 2, 'deep', ([n, s]) => {
  const k = int(n);
  if (k < 0 || k > 1024) throw new EvalError('Invalid spaces: must be between 0 and 1024');
  return str(s).replace(/\n/g, '\n' + ' '.repeat(k));
});
def('join', 2, INF, 'deep', ([sep, ...lists]) => lists.flatMap((l) => toList(l).map((x) => str(x, 'list element'))).join(str(sep)));
def('lower', 1, 1, 'deep', ([s]) => str(s).toLowerCase());
def('upper', 1, 1, 'deep', ([s]) => str(s).toUpperCase());
def('regex', 2, 2, 'deep', ([p, s]) => {
  const re = goRegex(str(p), '');
  const m = re.exec(str(s));
  if (!m) throw new EvalError('Error in function call: pattern did not match any part of the given string');
  return regexResult(m);
});
def('regexall', 2, 2, 'deep', ([p, s]) => {
  const re = goRegex(str(p), 'g');
  const out: unknown[] = [];
  for (const m of str(s).matchAll(re)) out.push(regexResult(m));
  return out;
});
def('replace', 3, 3, 'deep', ([s, sub, rep]) => {
  const text = str(s);
  const pattern = str(sub);
  const repl = str(rep);
  if (pattern.length >= 2 && pattern.startsWith('/') && pattern.endsWith('/')) {
    const re = goRegex(pattern.slice(1, -1), 'g');
    return text.replace(re, repl.replace(/\$\{(\w+)\}/g, (_m, g: string) => (/^\d+$/.test(g) ? `$${g}` : `$<${g}>`)));
  }
  return text.split(pattern).join(repl);
});
def('split', 2, 2, 'deep', ([sep, s]) => {
  const t = str(s);
  return t === '' ? [''] : t.split(str(sep));
});
def('startswith', 2, 2, 'deep', ([s, p]) => str(s).startsWith(str(p)));
def('endswith', 2, 2, 'deep', ([s, p]) => str(s).endsWith(str(p)));
def('strcontains', 2, 2, 'deep', ([s, p]) => str(s).includes(str(p)));
def('strrev', 1, 1, 'deep', ([s]) => chars(str(s)).reverse().join(''));
def('substr', 3, 3, 'deep', ([s, o, l]) => {
  const cs = chars(str(s));
  let off = int(o);
  let len = int(l);
  if (off < 0) off = cs.length + off;
  if (off < 0 || off > cs.length) throw new EvalError('Invalid offset: offset is out of range');
  if (len < 0 || off + len > cs.length) len = cs.length - off;
  return cs.slice(off, off + len).join('');
});
def('title', 1, 1, 'deep', ([s]) => str(s).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase()));
def('trim', 2, 2, 'deep', ([s, cut]) => {
  const set = new Set(chars(str(cut)));
  const cs = chars(str(s));
  let i = 0;
  let j = cs.length;
  while (i < j && set.has(cs[i]!)) i++;
  while (j > i && set.has(cs[j - 1]!)) j--;
  return cs.slice(i, j).join('');
});
def('trimprefix', 2, 2, 'deep', ([s, p]) => {
  const t = str(s);
  const pre = str(p);
  return t.startsWith(pre) ? t.slice(pre.length) : t;
});
def('trimsuffix', 2, 2, 'deep', ([s, p]) => {
  const t = str(s);
  const suf = str(p);
  return suf !== '' && t.endsWith(suf) ? t.slice(0, t.length - suf.length) : t;
});
def('trimspace', 1, 1, 'deep', ([s]) => str(s).replace(/^\s+|\s+$/gu, ''));

// ---------------------------------------------------------------- collections
def('alltrue', 1, 1, 'shallow', ([l]) => {
  const xs = toList(l);
  for (const x of xs) if (!isUnknown(x) && !toBool(x, 'list element')) return false;
  const u = shallowUnknown(xs);
  return u ?? true;
});
def('anytrue', 1, 1, 'shallow', ([l]) => {
  const xs = toList(l);
  for (const x of xs) if (!isUnknown(x) && toBool(x, 'list element')) return true;
  const u = shallowUnknown(xs);
  return u ?? false;
});
def('chunklist', 2, 2, 'shallow', ([l, n]) => {
  const xs = toList(l);
  const size = int(n);
  if (size < 0) throw new EvalError('Invalid size: the size argument must be positive');
  if (size === 0) return [xs];
  const out: unknown[][] = [];
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size));
  return out;
});
def('coalesce', 1, INF, 'none', (a) => {
  for (const x of a) {
    if (isUnknown(x)) return x;
    if (x !== null && x !== undefined && x !== '') return x;
  }
  throw new EvalError('Error in function call: no non-null, non-empty-string arguments');
});
def('coalescelist', 1, INF, 'none', (a) => {
  for (const x of a) {
    if (isUnknown(x)) return x;
    if (x === null || x === undefined) continue;
    if (toList(x).length > 0) return x;
  }
  throw new EvalError('Error in function call: no non-null arguments');
});
def('compact', 1, 1, 'shallow', ([l]) => {
  const xs = toList(l);
  const u = shallowUnknown(xs);
  if (u) return u;
  return xs.filter((x) => x !== null && x !== undefined && x !== '').map((x) => str(x, 'list element'));
});
def('concat', 1, INF, 'shallow', (a) => a.flatMap((l) => toList(l)));
def('contains', 2, 2, 'deep', ([l, v]) => toList(l).some((x) => deepEqual(x, v)));
def('distinct', 1, 1, 'deep', ([l]) => {
  const out: unknown[] = [];
  for (const x of toList(l)) if (!out.some((y) => deepEqual(x, y))) out.push(x);
  return out;
});
def('element', 2, 2, 'shallow', ([l, i]) => {
  const xs = toList(l);
  const idx = int(i);
  if (xs.length === 0) throw new EvalError('Invalid index: cannot use element function with an empty list');
  if (idx < 0) throw new EvalError('Invalid index: the index must not be negative');
  return xs[idx % xs.length];
});
def('flatten', 1, 1, 'shallow', ([l]) => {
  const out: unknown[] = [];
  const us: Unknown[] = [];
  const walk = (xs: unknown[]) => {
    for (const x of xs) {
      if (isUnknown(x)) us.push(x);
      else if (Array.isArray(x)) walk(x);
      else out.push(x);
    }
  };
  walk(toList(l));
  return us.length ? mergeUnknowns(us) : out;
});
def('index', 2, 2, 'deep', ([l, v]) => {
  const i = toList(l).findIndex((x) => deepEqual(x, v));
  if (i < 0) throw new EvalError('Invalid function argument: item not found');
  return i;
});
def('keys', 1, 1, 'shallow', ([m]) => sortedKeys(toMap(m)));
def('values', 1, 1, 'shallow', ([m]) => {
  const o = toMap(m);
  return sortedKeys(o).map((k) => o[k]);
});
def('length', 1, 1, 'shallow', ([v]) => {
  if (typeof v === 'string') return chars(v).length;
  if (Array.isArray(v)) return v.length;
  if (isObj(v)) return Object.keys(v).length;
  throw new EvalError(`Invalid function argument: argument must be a string, a collection type, or a structural type, got ${typeName(v)}`);
});
def('lookup', 2, 3, 'shallow', ([m, k, d]) => {
  const o = toMap(m);
  const key = str(k);
  if (Object.prototype.hasOwnProperty.call(o, key)) return o[key];
  if (d !== undefined) return d;
  throw new EvalError(`Invalid function argument: the given key "${key}" does not exist in the map`);
});
def('matchkeys', 3, 3, 'deep', ([v, k, s]) => {
  const vals = toList(v);
  const ks = toList(k);
  const search = toList(s);
  if (vals.length !== ks.length) throw new EvalError('Error in function call: length of keys and values should be equal');
  return vals.filter((_, i) => search.some((x) => deepEqual(x, ks[i])));
});
def('merge', 0, INF, 'shallow', (a) => {
  const out: Obj = {};
  for (const m of a) {
    if (m === null || m === undefined) continue;
    Object.assign(out, toMap(m));
  }
  return out;
});
def('one', 1, 1, 'shallow', ([l]) => {
  const xs = toList(l);
  if (xs.length === 0) return null;
  if (xs.length === 1) return xs[0];
  throw new EvalError('Invalid function argument: must be a list, set, or tuple value with either zero or one elements');
});
def('range', 1, 3, 'deep', (a) => {
  let start = 0;
  let end: number;
  let step = 1;
  if (a.length === 1) end = num(a[0]);
  else {
    start = num(a[0]);
    end = num(a[1]);
    if (a.length === 3) step = num(a[2]);
    else if (end < start) step = -1;
  }
  if (step === 0) throw new EvalError('Invalid step: step must not be zero');
  if ((step > 0 && end < start) || (step < 0 && end > start)) throw new EvalError('Invalid step: step has the wrong sign for the range');
  const out: number[] = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) {
    out.push(i);
    if (out.length > 1024) throw new EvalError('Error in function call: more than 1024 values were generated');
  }
  return out;
});
def('reverse', 1, 1, 'shallow', ([l]) => toList(l).slice().reverse());
def('setintersection', 1, INF, 'deep', (a) => {
  const lists = a.map((l) => toList(l));
  return toSet(lists[0]!.filter((x) => lists.every((l) => l.some((y) => deepEqual(x, y)))));
});
def('setproduct', 1, INF, 'deep', (a) => {
  let out: unknown[][] = [[]];
  for (const l of a) {
    const xs = toList(l);
    const next: unknown[][] = [];
    for (const p of out) for (const x of xs) next.push([...p, x]);
    if (next.length > 100_000) throw new EvalError('Error in function call: setproduct result too large');
    out = next;
  }
  return out;
});
def('setsubtract', 2, 2, 'deep', ([a, b]) => {
  const bs = toList(b);
  return toSet(toList(a).filter((x) => !bs.some((y) => deepEqual(x, y))));
});
def('setunion', 1, INF, 'deep', (a) => toSet(a.flatMap((l) => toList(l))));
def('slice', 3, 3, 'shallow', ([l, s, e]) => {
  const xs = toList(l);
  const start = int(s);
  const end = int(e);
  if (start < 0 || end > xs.length || start > end) throw new EvalError('Invalid slice indices');
  return xs.slice(start, end);
});
def('sort', 1, 1, 'deep', ([l]) => toList(l).map((x) => str(x, 'list element')).sort(lexCompare));
def('sum', 1, 1, 'deep', ([l]) => {
  const xs = toList(l);
  if (xs.length === 0) throw new EvalError('Invalid argument: cannot sum an empty list');
  return xs.reduce<number>((s, x) => s + num(x, 'list element'), 0);
});
def('transpose', 1, 1, 'deep', ([m]) => {
  const o = toMap(m);
  const out: Record<string, string[]> = {};
  for (const k of sortedKeys(o)) for (const v of toList(o[k])) (out[str(v)] ??= []).push(k);
  return out;
});
def('zipmap', 2, 2, 'shallow', ([k, v]) => {
  const ks = toList(k);
  const vs = toList(v);
  if (ks.length !== vs.length) throw new EvalError('Error in function call: number of keys and values must match');
  const u = shallowUnknown(ks);
  if (u) return u;
  const out: Obj = {};
  ks.forEach((key, i) => (out[str(key)] = vs[i]));
  return out;
});

// ---------------------------------------------------------------- encoding
def('base64encode', 1, 1, 'deep', ([s]) => Buffer.from(str(s), 'utf8').toString('base64'));
def('base64decode', 1, 1, 'deep', ([s]) => {
  const t = str(s);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(t) || t.length % 4 !== 0) throw new EvalError('Invalid function argument: failed to decode base64 data');
  return Buffer.from(t, 'base64').toString('utf8');
});
def('base64gzip', 1, 1, 'deep', () => new Unknown('base64gzip is not evaluated offline'));
def('jsonencode', 1, 1, 'deep', ([v]) => goJson(v));
def('jsondecode', 1, 1, 'deep', ([s]) => {
  try {
    return JSON.parse(str(s)) as unknown;
  } catch (e) {
    throw new EvalError(`Invalid function argument: ${(e as Error).message}`);
  }
});
def('yamlencode', 1, 1, 'deep', ([v]) => yamlStringify(v));
def('urlencode', 1, 1, 'deep', ([s]) =>
  Array.from(Buffer.from(str(s), 'utf8'))
    .map((b) => {
      const c = String.fromCharCode(b);
      if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
      if (c === ' ') return '+';
      return '%' + b.toString(16).toUpperCase().padStart(2, '0');
    })
    .join(''),
);
def('csvdecode', 1, 1, 'deep', ([s]) => csvDecode(str(s)));

// ---------------------------------------------------------------- filesystem
function resolveFile(p: string, ctx: FnContext): string {
  if (isAbsolute(p)) return p;
  const fromRoot = resolve(ctx.rootDir, p);
  if (existsSync(fromRoot)) return fromRoot;
  const fromModule = resolve(ctx.moduleDir, p);
  if (existsSync(fromModule)) return fromModule;
  return fromRoot;
}
function readText(p: string, ctx: FnContext): { path: string; text: string } {
  const path = resolveFile(p, ctx);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw new EvalError(`Invalid function argument: no file exists at "${p}"`);
  }
  if (size > MAX_FILE_BYTES) throw new EvalError(`Invalid function argument: file "${p}" is larger than ${MAX_FILE_BYTES} bytes`);
  try {
    return { path, text: readFileSync(path, 'utf8') };
  } catch (e) {
    throw new EvalError(`Invalid function argument: cannot read "${p}": ${(e as Error).message}`);
  }
}
def('file', 1, 1, 'deep', ([p], ctx) => readText(str(p), ctx).text);
def('filebase64', 1, 1, 'deep', ([p], ctx) => Buffer.from(readText(str(p), ctx).text, 'utf8').toString('base64'));
def('fileexists', 1, 1, 'deep', ([p], ctx) => {
  try {
    return statSync(resolveFile(str(p), ctx)).isFile();
  } catch {
    return false;
  }
});
def('templatefile', 2, 2, 'shallow', ([p, vars], ctx) => {
  const { path, text } = readText(str(p), ctx);
  return ctx.template(text, path, toMap(vars));
});
def('basename', 1, 1, 'deep', ([p]) => basename(str(p)));
def('dirname', 1, 1, 'deep', ([p]) => dirname(str(p)));
def('abspath', 1, 1, 'deep', ([p], ctx) => resolve(ctx.rootDir, str(p)));
def('pathexpand', 1, 1, 'deep', ([p]) => str(p));

// ---------------------------------------------------------------- type conversion
def('tobool', 1, 1, 'deep', ([v]) => (v === null ? null : toBool(v)));
def('tonumber', 1, 1, 'deep', ([v]) => (v === null ? null : toNum(v)));
def('tostring', 1, 1, 'deep', ([v]) => (v === null ? null : toStr(v)));
def('tolist', 1, 1, 'shallow', ([v]) => (v === null ? null : toList(v)));
def('toset', 1, 1, 'deep', ([v]) => (v === null ? null : toSet(toList(v))));
def('tomap', 1, 1, 'shallow', ([v]) => (v === null ? null : toMap(v)));
def('sensitive', 1, 1, 'none', ([v]) => v);
def('nonsensitive', 1, 1, 'none', ([v]) => v);
def('issensitive', 1, 1, 'none', () => false);
def('type', 1, 1, 'none', ([v]) => typeName(v));

// ---------------------------------------------------------------- network
def('cidrhost', 2, 2, 'deep', ([p, h]) => {
  const net = parseCidr(str(p));
  const hostBits = net.bits - net.prefix;
  let host = BigInt(int(h, 'hostnum'));
  const size = 1n << BigInt(hostBits);
  if (host < 0n) host = size + host;
  if (host < 0n || host >= size) throw new EvalError(`Invalid function argument: prefix of ${net.prefix} does not accommodate a host numbered ${h as number}`);
  return formatIp(net.addr + host, net.bits);
});
def('cidrnetmask', 1, 1, 'deep', ([p]) => {
  const net = parseCidr(str(p));
  if (net.bits !== 32) throw new EvalError('Invalid function argument: only IPv4 addresses have a netmask');
  const mask = ((1n << 32n) - 1n) ^ ((1n << BigInt(32 - net.prefix)) - 1n);
  return formatIp(mask, 32);
});
def('cidrsubnet', 3, 3, 'deep', ([p, nb, nn]) => {
  const net = parseCidr(str(p));
  return subnet(net, int(nb, 'newbits'), BigInt(int(nn, 'netnum')));
});
def('cidrsubnets', 1, INF, 'deep', ([p, ...nbs]) => {
  const net = parseCidr(str(p));
  const out: string[] = [];
  let next = net.addr;
  for (const nbv of nbs) {
    const nb = int(nbv, 'newbits');
    const prefix = net.prefix + nb;
    if (prefix > net.bits) throw new EvalError(`Invalid function argument: would extend prefix to ${prefix} bits, too long for ${net.bits}-bit address`);
    const size = 1n << BigInt(net.bits - prefix);
    // align to the new prefix
    const start = ((next + size - 1n) / size) * size;
    if (start + size > net.addr + (1n << BigInt(net.bits - net.prefix))) throw new EvalError('Invalid function argument: not enough remaining address space for a subnet');
    out.push(`${formatIp(start, net.bits)}/${prefix}`);
    next = start + size;
  }
  return out;
});

// ---------------------------------------------------------------- hash / crypto / time
const hash = (alg: string) => (a: unknown[]) => createHash(alg).update(str(a[0]), 'utf8').digest('hex');
def('md5', 1, 1, 'deep', hash('md5'));
def('sha1', 1, 1, 'deep', hash('sha1'));
def('sha256', 1, 1, 'deep', hash('sha256'));
def('sha512', 1, 1, 'deep', hash('sha512'));
def('base64sha256', 1, 1, 'deep', ([s]) => createHash('sha256').update(str(s), 'utf8').digest('base64'));
def('base64sha512', 1, 1, 'deep', ([s]) => createHash('sha512').update(str(s), 'utf8').digest('base64'));
def('uuid', 0, 0, 'none', () => new Unknown('uuid() is only known at apply'));
def('timestamp', 0, 0, 'none', () => new Unknown('timestamp() is only known at apply'));
def('bcrypt', 1, 2, 'none', () => new Unknown('bcrypt() output is random'));
def('formatdate', 2, 2, 'none', () => new Unknown('formatdate() is not evaluated offline'));
def('timeadd', 2, 2, 'none', () => new Unknown('timeadd() is not evaluated offline'));
def('plantimestamp', 0, 0, 'none', () => new Unknown('plantimestamp() is only known at plan'));

// ---------------------------------------------------------------- helpers
function regexResult(m: RegExpMatchArray): unknown {
  if (m.groups && Object.keys(m.groups).length) {
    const o: Obj = {};
    for (const [k, v] of Object.entries(m.groups)) o[k] = v ?? null;
    return o;
  }
  if (m.length > 1) return m.slice(1).map((x) => x ?? null);
  return m[0];
}

/** RE2 syntax (Go) to a JS RegExp: named groups `(?P<n>`, inline flags at the start. */
function goRegex(p: string, flags: string): RegExp {
  let src = p.replace(/\(\?P</g, '(?<');
  let f = flags + 'u';
  const lead = /^\(\?([imsU]+)\)/.exec(src);
  if (lead) {
    src = src.slice(lead[0].length);
    for (const c of lead[1]!) if (c !== 'U' && !f.includes(c)) f += c;
  }
  try {
    return new RegExp(src, f);
  } catch (e) {
    throw new EvalError(`Invalid regular expression: ${(e as Error).message}`);
  }
}

/** Go's fmt-style verbs as Terraform's format() accepts them. */
function format(f: string, args: unknown[]): string {
  let out = '';
  let argi = 0;
  const re = /%([-+# 0]*)(\d+|\*)?(?:\.(\d+|\*)?)?(?:\[(\d+)\])?([a-zA-Z%])/g;
  let last = 0;
  for (const m of f.matchAll(re)) {
    out += f.slice(last, m.index);
    last = m.index! + m[0].length;
    const verb = m[5]!;
    if (verb === '%') {
      out += '%';
      continue;
    }
    const flags = m[1] ?? '';
    if (m[4]) argi = Number(m[4]) - 1;
    const width = m[2] === undefined ? undefined : Number(m[2]);
    const precision = m[3] === undefined ? (m[0].includes('.') ? 0 : undefined) : Number(m[3]);
    if ((width ?? 0) > 4096 || (precision ?? 0) > 100) throw new EvalError('Error in function call: format width or precision too large');
    if (argi >= args.length) throw new EvalError(`Error in function call: not enough arguments for format string "${f}"`);
    const v = args[argi++];
    let s: string;
    switch (verb) {
      case 'v':
        s = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? toStr(v) : v === null ? 'null' : goJson(v);
        break;
      case 's':
        s = toStr(v);
        if (precision !== undefined) s = chars(s).slice(0, precision).join('');
        break;
      case 'q':
        s = JSON.stringify(toStr(v));
        break;
      case 't':
        s = toBool(v) ? 'true' : 'false';
        break;
      case 'd': {
        const n = num(v);
        if (!Number.isInteger(n)) throw new EvalError(`Error in function call: unsupported value for "%d" at ${argi}: number must be an integer`);
        s = (flags.includes('+') && n >= 0 ? '+' : '') + formatNumber(n);
        break;
      }
      case 'f':
      case 'F':
        s = (flags.includes('+') && num(v) >= 0 ? '+' : '') + num(v).toFixed(precision ?? 6);
        break;
      case 'e':
      case 'E': {
        const t = num(v).toExponential(precision ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
        s = verb === 'E' ? t.toUpperCase() : t;
        break;
      }
      case 'g':
      case 'G':
        s = String(num(v));
        break;
      case 'x':
      case 'X': {
        const t = typeof v === 'string' ? Buffer.from(v, 'utf8').toString('hex') : Math.trunc(num(v)).toString(16);
        s = verb === 'X' ? t.toUpperCase() : t;
        break;
      }
      case 'o':
        s = Math.trunc(num(v)).toString(8);
        break;
      case 'b':
        s = Math.trunc(num(v)).toString(2);
        break;
      default:
        throw new EvalError(`Error in function call: unsupported format verb %${verb}`);
    }
    if (width !== undefined && chars(s).length < width) {
      const pad = width - chars(s).length;
      if (flags.includes('-')) s = s + ' '.repeat(pad);
      else if (flags.includes('0') && 'dfeEgxXob'.includes(verb)) s = s.startsWith('-') ? '-' + '0'.repeat(pad) + s.slice(1) : '0'.repeat(pad) + s;
      else s = ' '.repeat(pad) + s;
    }
    out += s;
  }
  out += f.slice(last);
  if (argi < args.length && !/%\[\d+\]/.test(f)) throw new EvalError(`Error in function call: too many arguments; only ${argi} used by format string`);
  return out;
}

function csvDecode(text: string): Obj[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let any = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      any = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      any = true;
      i++;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      i++;
      if (any || field !== '') {
        row.push(field);
        rows.push(row);
      }
      row = [];
      field = '';
      any = false;
    } else {
      field += c;
      any = true;
      i++;
    }
  }
  if (quoted) throw new EvalError('Invalid CSV: unterminated quoted field');
  if (any || field !== '') {
    row.push(field);
    rows.push(row);
  }
  if (rows.length === 0) return [];
  const header = rows[0]!;
  return rows.slice(1).map((r, n) => {
    if (r.length !== header.length) throw new EvalError(`Invalid CSV: line ${n + 2} has ${r.length} fields, the header has ${header.length}`);
    const o: Obj = {};
    header.forEach((h, k) => (o[h] = r[k]));
    return o;
  });
}

interface Cidr {
  addr: bigint;
  prefix: number;
  bits: 32 | 128;
}

function parseCidr(s: string): Cidr {
  const m = /^([^/]+)\/(\d+)$/.exec(s);
  if (!m) throw new EvalError(`Invalid CIDR expression: "${s}"`);
  const ip = parseIp(m[1]!);
  if (ip === undefined) throw new EvalError(`Invalid CIDR expression: "${s}"`);
  const prefix = Number(m[2]);
  if (prefix > ip.bits) throw new EvalError(`Invalid CIDR expression: "${s}"`);
  const hostBits = BigInt(ip.bits - prefix);
  const addr = (ip.addr >> hostBits) << hostBits;
  return { addr, prefix, bits: ip.bits };
}

function parseIp(s: string): { addr: bigint; bits: 32 | 128 } | undefined {
  if (s.includes(':')) {
    const [head, tail] = s.split('::') as [string, string | undefined];
    if (s.split('::').length > 2) return undefined;
    const parse = (part: string) => (part === '' ? [] : part.split(':'));
    const h = parse(head);
    const t = tail === undefined ? [] : parse(tail);
    const groups = tail === undefined ? h : [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t];
    if (groups.length !== 8) return undefined;
    let addr = 0n;
    for (const g of groups) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      addr = (addr << 16n) | BigInt(parseInt(g, 16));
    }
    return { addr, bits: 128 };
  }
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let addr = 0n;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    addr = (addr << 8n) | BigInt(Number(p));
  }
  return { addr, bits: 32 };
}

function formatIp(addr: bigint, bits: 32 | 128): string {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String((addr >> s) & 255n)).join('.');
  const groups: string[] = [];
  for (let i = 7; i >= 0; i--) groups.push(((addr >> BigInt(i * 16)) & 0xffffn).toString(16));
  // compress the longest run of zeros (RFC 5952)
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === '0') j++;
    if (j - i > bestLen && j - i > 1) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (best < 0) return groups.join(':');
  return groups.slice(0, best).join(':') + '::' + groups.slice(best + bestLen).join(':');
}

function subnet(net: Cidr, newbits: number, netnum: bigint): string {
  const prefix = net.prefix + newbits;
  if (prefix > net.bits) throw new EvalError(`Invalid function argument: insufficient address space to extend prefix of ${net.prefix} by ${newbits}`);
  if (netnum < 0n || netnum >= 1n << BigInt(newbits)) throw new EvalError(`Invalid function argument: prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}`);
  const addr = net.addr | (netnum << BigInt(net.bits - prefix));
  return `${formatIp(addr, net.bits)}/${prefix}`;
}
