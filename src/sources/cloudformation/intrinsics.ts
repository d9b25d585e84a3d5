/**
 * Static evaluation of CloudFormation intrinsic functions and conditions. Whatever depends on the deployment
 * (resource attributes, imports, availability zones, parameters without a value) becomes an `Unknown`
 * naming the logical ids it refers to. A function used wrongly is an `UnresolvedIntrinsic` diagnostic and
 * an Unknown, never a throw.
 */
import { Unknown, isUnknown, type Diagnostic } from '../model.js';
import { MAX_DEPTH } from './parse.js';

/** `AWS::NoValue`: the property is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export interface ResolveOptions {
  parameters?: Record<string, string>;
  region?: string;
  account?: string;
}

type Cond = boolean | Unknown;

/** One piece of a string only known after deploy: literal text, or `Ref X` / `Fn::GetAtt X.attr`. */
export type Part = string | { ref: string; attr?: string };

/**
 * An Unknown that is a string made of literal text and references to the template's resources
 * (`!Ref B`, `!GetAtt B.Arn`, `!Sub 'arn:aws:s3:::${B}/*'`). Mappers may fill in references they can
 * name statically (a bucket's own ARN in its policy, a key's asset id) with `materialize`.
 */
export class Deferred extends Unknown {
  declare readonly parts: readonly Part[];

  constructor(reason: string, refs: readonly string[], parts: readonly Part[]) {
    super(reason, refs);
    // Not enumerable: a Deferred compares and serializes like the plain Unknown it is.
    Object.defineProperty(this, 'parts', { value: parts, enumerable: false });
  }
}

/** `parts` of an Unknown that is a Deferred, else undefined. */
function partsOf(v: unknown): readonly Part[] | undefined {
  return v instanceof Deferred ? v.parts : undefined;
}

/** A Deferred for a string of parts, or a plain Unknown when some piece is not a reference. */
function deferredOf(reason: string, pieces: readonly unknown[]): Unknown {
  const parts: Part[] = [];
  for (const p of pieces) {
    if (typeof p === 'string' || typeof p === 'number' || typeof p === 'boolean') parts.push(String(p));
    else {
      const ps = partsOf(p);
      if (!ps) return unknownOf(reason, pieces);
      parts.push(...ps);
    }
  }
  const u = unknownOf(reason, pieces);
  return new Deferred(u.reason, u.refs, parts);
}

/** Evaluation steps allowed per template (shared YAML aliases could otherwise make it exponential). */
const BUDGET = 2_000_000;

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !isUnknown(v);

/** Merges the refs of several unknowns into one. */
export function unknownOf(reason: string, parts: readonly unknown[]): Unknown {
  const refs = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 50) return;
    if (isUnknown(v)) v.refs.forEach((r) => refs.add(r));
    else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObj(v)) Object.values(v).forEach((x) => visit(x, depth + 1));
  };
  parts.forEach((p) => visit(p, 0));
  return new Unknown(reason, [...refs]);
}

function containsUnknown(v: unknown, depth = 0): boolean {
  if (isUnknown(v)) return true;
  if (depth > MAX_DEPTH) return false;
  if (Array.isArray(v)) return v.some((x) => containsUnknown(x, depth + 1));
  if (isObj(v)) return Object.values(v).some((x) => containsUnknown(x, depth + 1));
  return false;
}

function partitionOf(region: string | undefined): string | undefined {
  if (!region) return undefined;
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** `Fn::Cidr` for IPv4: `count` consecutive subnets with `bits` host bits, from the block's network address. */
export function cidrSubnets(block: string, count: number, bits: number): string[] | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/.exec(block);
  if (!m) return undefined;
  const octets = m.slice(1, 5).map(Number);
  const prefix = Number(m[5]);
  if (octets.some((o) => o > 255) || prefix > 32 || !Number.isInteger(count) || !Number.isInteger(bits) || count < 1 || count > 256 || bits < 0 || bits > 32 - prefix) return undefined;
  const newPrefix = 32 - bits;
  const base = octets.reduce((a, o) => a * 256 + o, 0);
  const blockSize = 2 ** (32 - prefix);
  const network = base - (base % blockSize);
  const size = 2 ** bits;
  if (count * size > blockSize) return undefined;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = network + i * size;
    out.push(`${[24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.')}/${newPrefix}`);
  }
  return out;
}

export class Resolver {
  private readonly params = new Map<string, unknown>();
  private readonly conditionValues = new Map<string, Cond>();
  private readonly evaluating = new Set<string>();
  private steps = 0;
  private budgetReported = false;

  constructor(
    private readonly template: Record<string, unknown>,
    private readonly file: string,
    private readonly opts: ResolveOptions,
    private readonly diags: Diagnostic[],
    private readonly lineOf: (v: unknown) => number | undefined,
    /** Logical ids of the template's resources. */
    private readonly resources: ReadonlySet<string>,
  ) {
    const params = isObj(template.Parameters) ? template.Parameters : {};
    for (const [name, def] of Object.entries(params)) this.params.set(name, this.parameterValue(name, isObj(def) ? def : {}));
  }

  private parameterValue(name: string, def: Record<string, unknown>): unknown {
    const type = typeof def.Type === 'string' ? def.Type : 'String';
    if (type.startsWith('AWS::SSM::Parameter::Value<')) return new Unknown(`parameter ${name} is read from SSM at deploy`);
    const given = this.opts.parameters?.[name];
    const raw: unknown = given !== undefined ? given : def.Default;
    if (raw === undefined || raw === null) return new Unknown(`parameter ${name} has no value`);
    if (type === 'CommaDelimitedList' || type.startsWith('List<')) {
      if (Array.isArray(raw)) return raw.map((x) => String(x));
      return String(raw)
        .split(',')
        .map((s) => s.trim());
    }
    if (type === 'Number' && typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw))) return Number(raw);
    return typeof raw === 'number' || typeof raw === 'boolean' ? raw : String(raw);
  }

  private bad(line: number, message: string): Unknown {
    this.diags.push({ severity: 'error', file: this.file, line, code: 'UnresolvedIntrinsic', message });
    return new Unknown(message);
  }

  /** The value of `Ref name` (a parameter, a pseudo parameter or a resource). */
  private ref(name: unknown, line: number): unknown {
    if (typeof name !== 'string') return this.bad(line, 'Ref needs the name of a parameter, pseudo parameter or resource');
    if (this.params.has(name)) return this.params.get(name);
    switch (name) {
      case 'AWS::Region':
        return this.opts.region ?? new Unknown('AWS::Region is not known before deploy');
      case 'AWS::AccountId':
        return this.opts.account ?? new Unknown('AWS::AccountId is not known before deploy');
      case 'AWS::Partition':
        return partitionOf(this.opts.region) ?? 'aws';
      case 'AWS::URLSuffix':
        return partitionOf(this.opts.region) === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com';
      case 'AWS::NoValue':
        return NO_VALUE;
      case 'AWS::StackName':
      case 'AWS::StackId':
      case 'AWS::NotificationARNs':
        return new Unknown(`${name} is known after deploy`);
    }
    if (this.resources.has(name)) return new Deferred(`Ref ${name} is known after deploy`, [name], [{ ref: name }]);
    return this.bad(line, `Ref to ${name}, which is neither a parameter nor a resource`);
  }

  private getAtt(arg: unknown, line: number, depth: number): unknown {
    let parts = arg;
    if (typeof parts === 'string') {
      const dot = parts.indexOf('.');
      parts = dot > 0 ? [parts.slice(0, dot), parts.slice(dot + 1)] : [parts];
    }
    if (!Array.isArray(parts) || parts.length !== 2 || typeof parts[0] !== 'string') return this.bad(line, 'Fn::GetAtt needs [LogicalId, Attribute]');
    const res = parts[0];
    const attr = this.resolve(parts[1], line, depth + 1);
    if (!this.resources.has(res)) return this.bad(line, `Fn::GetAtt names ${res}, which is not a resource of the template`);
    const reason = `Fn::GetAtt ${res}.${typeof attr === 'string' ? attr : '?'} is known after deploy`;
    return typeof attr === 'string' ? new Deferred(reason, [res], [{ ref: res, attr }]) : new Unknown(reason, [res]);
  }

  /** Condition value by name (memoized, cycles reported). */
  condition(name: unknown, line: number): Cond {
    if (typeof name !== 'string') {
      this.bad(line, 'a condition must be named by a string');
      return new Unknown('malformed condition');
    }
    const known = this.conditionValues.get(name);
    if (known !== undefined) return known;
    const defs = isObj(this.template.Conditions) ? this.template.Conditions : {};
    if (!Object.hasOwn(defs, name)) {
      this.bad(line, `condition ${name} is not defined in Conditions`);
      return new Unknown(`condition ${name} is not defined`);
    }
    if (this.evaluating.has(name)) {
      this.bad(this.lineOf(defs[name]) ?? line, `condition ${name} refers to itself`);
      return new Unknown(`condition ${name} is circular`);
    }
    this.evaluating.add(name);
    const v = this.evalCondition(defs[name], this.lineOf(defs[name]) ?? line, 0);
    this.evaluating.delete(name);
    this.conditionValues.set(name, v);
    return v;
  }

  private evalCondition(expr: unknown, line: number, depth: number): Cond {
    const v = this.resolve(expr, line, depth + 1, true);
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    if (isUnknown(v)) return v;
    return this.bad(line, 'a condition must evaluate to true or false');
  }

  private step(line: number): boolean {
    if (++this.steps <= BUDGET) return true;
    if (!this.budgetReported) {
      this.budgetReported = true;
      this.diags.push({ severity: 'error', file: this.file, line, code: 'UnresolvedIntrinsic', message: 'the template is too large to evaluate (step budget exhausted)' });
    }
    return false;
  }

  /** The resolved value; `NO_VALUE` when it is `AWS::NoValue`. */
  resolve(v: unknown, parentLine: number, depth = 0, inCondition = false): unknown {
    if (v === null || typeof v !== 'object' || isUnknown(v)) return v;
    const line = this.lineOf(v) ?? parentLine;
    if (!this.step(line)) return new Unknown('evaluation budget exhausted');
    if (depth > MAX_DEPTH) return this.bad(line, `intrinsic functions nested deeper than ${MAX_DEPTH} levels`);
    if (Array.isArray(v)) {
      const out: unknown[] = [];
      for (const x of v) {
        const r = this.resolve(x, line, depth + 1, inCondition);
        if (r !== NO_VALUE) out.push(r);
      }
      return out;
    }
    const keys = Object.keys(v);
    if (keys.length === 1) {
      const k = keys[0]!;
      const arg = (v as Record<string, unknown>)[k];
      if (k === 'Ref') return this.ref(arg, line);
      if (k.startsWith('Fn::')) return this.fn(k, arg, line, depth);
      if (k === 'Condition' && inCondition) return this.condition(arg, line);
    }
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) {
      const r = this.resolve(x, line, depth + 1, inCondition);
      if (r !== NO_VALUE) out[k] = r;
    }
    return out;
  }

  private fn(name: string, arg: unknown, line: number, depth: number): unknown {
    const r = (x: unknown, cond = false) => this.resolve(x, line, depth + 1, cond);
    switch (name) {
      case 'Fn::GetAtt':
        return this.getAtt(arg, line, depth);
      case 'Fn::Sub':
        return this.sub(arg, line, depth);
      case 'Fn::Join': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.bad(line, 'Fn::Join needs [delimiter, [values]]');
        const delim = r(arg[0]);
        const list = r(arg[1]);
        if (typeof delim !== 'string') return isUnknown(delim) ? delim : this.bad(line, 'Fn::Join delimiter must be a string');
        if (isUnknown(list)) return list;
        if (!Array.isArray(list)) return this.bad(line, 'Fn::Join needs a list of values');
        if (list.some(isUnknown)) {
          const pieces: unknown[] = [];
          list.forEach((x, i) => pieces.push(...(i ? [delim, x] : [x])));
          return deferredOf('Fn::Join of values known after deploy', pieces);
        }
        if (!list.every((x) => typeof x === 'string' || typeof x === 'number' || typeof x === 'boolean')) return this.bad(line, 'Fn::Join values must be strings');
        return list.map(String).join(delim);
      }
      case 'Fn::Select': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.bad(line, 'Fn::Select needs [index, [values]]');
        const index = r(arg[0]);
        const list = r(arg[1]);
        if (isUnknown(index)) return index;
        const i = typeof index === 'number' ? index : typeof index === 'string' && /^\d+$/.test(index) ? Number(index) : NaN;
        if (!Number.isInteger(i) || i < 0) return this.bad(line, 'Fn::Select index must be a non-negative integer');
        if (isUnknown(list)) return new Unknown(`Fn::Select from a list known after deploy (${list.reason})`, list.refs);
        if (!Array.isArray(list)) return this.bad(line, 'Fn::Select needs a list');
        if (i >= list.length) return this.bad(line, `Fn::Select index ${i} is out of range (${list.length} values)`);
        return list[i];
      }
      case 'Fn::Split': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.bad(line, 'Fn::Split needs [delimiter, string]');
        const delim = r(arg[0]);
        const s = r(arg[1]);
        if (isUnknown(delim)) return delim;
        if (isUnknown(s)) return new Unknown(`Fn::Split of a value known after deploy (${s.reason})`, s.refs);
        if (typeof delim !== 'string' || delim === '' || typeof s !== 'string') return this.bad(line, 'Fn::Split needs a non-empty delimiter and a string');
        return s.split(delim);
      }
      case 'Fn::FindInMap':
        return this.findInMap(arg, line, depth);
      case 'Fn::Base64': {
        const s = r(arg);
        if (isUnknown(s)) return new Unknown(`Fn::Base64 of a value known after deploy (${s.reason})`, s.refs);
        if (typeof s !== 'string') return this.bad(line, 'Fn::Base64 needs a string');
        return Buffer.from(s, 'utf8').toString('base64');
      }
      case 'Fn::If': {
        if (!Array.isArray(arg) || arg.length !== 3) return this.bad(line, 'Fn::If needs [condition, value if true, value if false]');
        const c = this.condition(arg[0], line);
        if (isUnknown(c)) return new Unknown(`condition ${String(arg[0])} is not known before deploy (${c.reason})`, c.refs);
        return r(c ? arg[1] : arg[2]);
      }
      case 'Fn::Equals': {
        if (!Array.isArray(arg) || arg.length !== 2) return this.bad(line, 'Fn::Equals needs two values');
        const a = r(arg[0], true);
        const b = r(arg[1], true);
        if (containsUnknown(a) || containsUnknown(b)) return unknownOf('Fn::Equals of a value not known before deploy', [a, b]);
        return JSON.stringify(normalizeScalar(a)) === JSON.stringify(normalizeScalar(b));
      }
      case 'Fn::And':
      case 'Fn::Or': {
        if (!Array.isArray(arg) || arg.length < 1) return this.bad(line, `${name} needs a list of conditions`);
        const values = arg.map((x) => this.evalCondition(x, line, depth + 1));
        const decisive = name === 'Fn::And' ? false : true;
        if (values.includes(decisive)) return decisive;
        const u = values.filter(isUnknown);
        return u.length ? unknownOf(`${name} of conditions not known before deploy`, u) : !decisive;
      }
      case 'Fn::Not': {
        if (!Array.isArray(arg) || arg.length !== 1) return this.bad(line, 'Fn::Not needs a list of one condition');
        const c = this.evalCondition(arg[0], line, depth + 1);
        return isUnknown(c) ? c : !c;
      }
      case 'Fn::ImportValue': {
        const n = r(arg);
        return new Unknown(`Fn::ImportValue ${typeof n === 'string' ? n : ''} is known at deploy`.replace('  ', ' '), isUnknown(n) ? n.refs : []);
      }
      case 'Fn::GetAZs':
        return new Unknown('Fn::GetAZs is known at deploy');
      case 'Fn::Cidr': {
        if (!Array.isArray(arg) || arg.length !== 3) return this.bad(line, 'Fn::Cidr needs [ipBlock, count, cidrBits]');
        const [block, count, bits] = arg.map((x) => r(x));
        if ([block, count, bits].some(isUnknown)) return unknownOf('Fn::Cidr of a value known after deploy', [block, count, bits]);
        if (typeof block === 'string' && block.includes(':')) return new Unknown('Fn::Cidr of an IPv6 block is not evaluated');
        const subnets = typeof block === 'string' ? cidrSubnets(block, Number(count), Number(bits)) : undefined;
        return subnets ?? this.bad(line, 'Fn::Cidr needs an IPv4 CIDR block, a count and a number of host bits that fit');
      }
      case 'Fn::Transform':
        return new Unknown('Fn::Transform (a macro) is expanded at deploy');
      case 'Fn::ToJsonString': {
        const x = r(arg);
        if (containsUnknown(x)) return unknownOf('Fn::ToJsonString of a value known after deploy', [x]);
        return JSON.stringify(x);
      }
      case 'Fn::Length': {
        const x = r(arg);
        if (isUnknown(x)) return x;
        if (!Array.isArray(x)) return this.bad(line, 'Fn::Length needs a list');
        return x.length;
      }
      default:
        return this.bad(line, `unknown intrinsic function ${name}`);
    }
  }

  private findInMap(arg: unknown, line: number, depth: number): unknown {
    if (!Array.isArray(arg) || arg.length < 3 || arg.length > 4) return this.bad(line, 'Fn::FindInMap needs [MapName, TopLevelKey, SecondLevelKey]');
    const [m, top, second] = arg.slice(0, 3).map((x) => this.resolve(x, line, depth + 1));
    const fallback = arg.length === 4 && isObj(arg[3]) && 'DefaultValue' in arg[3] ? (arg[3] as { DefaultValue: unknown }).DefaultValue : undefined;
    if ([m, top, second].some(isUnknown)) return unknownOf('Fn::FindInMap with a key known after deploy', [m, top, second]);
    if (![m, top, second].every((x) => typeof x === 'string' || typeof x === 'number')) return this.bad(line, 'Fn::FindInMap keys must be strings');
    const mappings = isObj(this.template.Mappings) ? this.template.Mappings : {};
    const own = (o: unknown, k: string) => (isObj(o) && Object.hasOwn(o, k) ? o[k] : undefined);
    const value = own(own(mappings, String(m)), String(top)) === undefined ? undefined : own(own(own(mappings, String(m)), String(top)), String(second));
    if (value === undefined) {
      if (fallback !== undefined) return this.resolve(fallback, line, depth + 1);
      return this.bad(line, `Fn::FindInMap: no ${String(m)}.${String(top)}.${String(second)} in Mappings`);
    }
    return this.resolve(value, line, depth + 1);
  }

  private sub(arg: unknown, line: number, depth: number): unknown {
    let template: unknown = arg;
    let vars: Record<string, unknown> = {};
    if (Array.isArray(arg)) {
      if (arg.length !== 2 || !isObj(arg[1])) return this.bad(line, 'Fn::Sub needs a string or [string, {variables}]');
      template = arg[0];
      vars = arg[1];
    }
    if (typeof template !== 'string') return this.bad(line, 'Fn::Sub needs a string template');
    const parts: unknown[] = [];
    const unknowns: Unknown[] = [];
    let i = 0;
    while (i < template.length) {
      const start = template.indexOf('${', i);
      if (start < 0) {
        parts.push(template.slice(i));
        break;
      }
      parts.push(template.slice(i, start));
      const end = template.indexOf('}', start);
      if (end < 0) {
        parts.push(template.slice(start));
        break;
      }
      const inner = template.slice(start + 2, end);
      i = end + 1;
      if (inner.startsWith('!')) {
        parts.push(`\${${inner.slice(1)}}`);
        continue;
      }
      const name = inner.trim();
      let value: unknown;
      if (Object.hasOwn(vars, name)) value = this.resolve(vars[name], line, depth + 1);
      else if (this.params.has(name) || name.startsWith('AWS::') || this.resources.has(name)) value = this.ref(name, line);
      else if (name.includes('.')) value = this.getAtt(name, line, depth);
      else value = this.bad(line, `Fn::Sub variable \${${name}} is neither a parameter, a resource nor a variable`);
      if (isUnknown(value)) {
        unknowns.push(value);
        parts.push(value);
      } else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') parts.push(String(value));
      else {
        const u = this.bad(line, `Fn::Sub variable \${${name}} is ${value === NO_VALUE ? 'AWS::NoValue' : 'not a string'}`);
        unknowns.push(u);
        parts.push(u);
      }
    }
    if (unknowns.length) return deferredOf(`Fn::Sub of values known after deploy: ${unknowns.map((u) => u.reason).join('; ')}`, parts);
    return parts.join('');
  }
}

/** CloudFormation compares condition values as strings (`!Equals [!Ref Count, 1]` with Count "1" holds). */
function normalizeScalar(v: unknown): unknown {
  return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
}
