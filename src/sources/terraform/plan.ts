/**
 * Loads a Terraform plan as JSON (`terraform show -json plan.out > plan.json`) into IacResources.
 *
 * Resources come from `planned_values` (root module and child modules, recursively): their `values` are the
 * planned values, which omit what is only known after apply; every path marked `true` in the matching
 * `resource_changes[].change.after_unknown` becomes an `Unknown` whose refs are the resource addresses the
 * configuration's expression for that attribute refers to (from the `configuration` section, made absolute
 * with the resource's module path). Resources the plan deletes are left out. The provider configuration
 * comes from `configuration.provider_config` through the resource's `provider_config_key`.
 *
 * Format reference: https://developer.hashicorp.com/terraform/internals/json-format
 */
import { readFileSync, statSync } from 'node:fs';
import { type Diagnostic, type IacResource, MAX_FILE_BYTES, type SourceResult, Unknown } from '../model.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

function isObject(v: unknown): v is JsonObject {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

export function loadTerraformPlan(file: string): SourceResult {
  const diagnostics: Diagnostic[] = [];
  const diag = (code: string, message: string, line = 1, column?: number): SourceResult => {
    const d: Diagnostic = { severity: 'error', file, line, code, message };
    if (column !== undefined) d.column = column;
    diagnostics.push(d);
    return { resources: [], diagnostics };
  };
  let text: string;
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) return diag('FileTooLarge', `plan file is ${size} bytes, more than the limit of ${MAX_FILE_BYTES} bytes; not read`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return diag('FileUnreadable', `cannot read the plan file: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const { line, column } = jsonErrorPosition(text, e instanceof Error ? e.message : '');
    return diag('JsonSyntax', `invalid JSON: ${e instanceof Error ? e.message : String(e)}`, line, column);
  }
  if (!isObject(doc) || !isObject(doc.planned_values)) {
    const what = isObject(doc) && isObject(doc.values) ? 'a Terraform state (`values`), not a plan' : 'no `planned_values` object';
    return diag('NotAPlan', `not a Terraform plan: expected the output of \`terraform show -json <planfile>\`, found ${what}`);
  }
  return { resources: planResources(doc, text, file, diagnostics), diagnostics };
}

/** 1-based line and column of a JSON.parse error, from the message's `line L column C` or `position N`. */
function jsonErrorPosition(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const p = /position (\d+)/.exec(message);
  const offset = p ? Math.min(Number(p[1]), text.length) : text.length;
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * The line of the first `"address": "<a>"` after the `planned_values` key, for every address, in one pass.
 * Terraform writes `address` first in each resource object, so this is the object's line.
 */
function addressLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const pv = /"planned_values"\s*:/.exec(text);
  if (!pv) return lines;
  const re = /"address"\s*:\s*("(?:[^"\\]|\\.)*")/g;
  re.lastIndex = pv.index;
  let line = 1;
  for (let k = text.indexOf('\n'); k !== -1 && k < pv.index; k = text.indexOf('\n', k + 1)) line++;
  let at = pv.index;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let k = text.indexOf('\n', at); k !== -1 && k < m.index; k = text.indexOf('\n', k + 1)) line++;
    at = m.index;
    let address: unknown;
    try {
      address = JSON.parse(m[1]!);
    } catch {
      continue;
    }
    if (typeof address === 'string' && !lines.has(address)) {
      // The object's opening brace, when it is on the line before (pretty-printed JSON).
      let b = m.index - 1;
      while (b >= 0 && /\s/.test(text[b]!)) b--;
      let l = line;
      if (text[b] === '{') for (let k = b; k < m.index; k++) if (text.charCodeAt(k) === 10) l--;
      lines.set(address, l);
    }
  }
  return lines;
}

/** `module.net["a"].module.sub[0]` → [`net`, `sub`] (the module calls, without instance keys). */
function moduleCallNames(moduleAddress: string): string[] {
  return splitTraversal(moduleAddress)
    .filter((_s, k) => k % 2 === 1)
    .map((s) => s.name);
}

interface Step {
  name: string;
  /** `[...]` as written (bracket included), after a name. */
  key?: string;
}

/** `a.b["x"].c[0]` → [{a}, {b, key: '["x"]'}, {c, key: '[0]'}]; quoted keys may contain `.` and `]`. */
function splitTraversal(s: string): Step[] {
  const steps: Step[] = [];
  let k = 0;
  while (k < s.length) {
    if (s[k] === '.') k++;
    if (s[k] === '[') {
      const start = k;
      k++;
      let inString = false;
      for (; k < s.length; k++) {
        const c = s[k];
        if (inString) {
          if (c === '\\') k++;
          else if (c === '"') inString = false;
        } else if (c === '"') inString = true;
        else if (c === ']') break;
      }
      k++;
      const key = s.slice(start, k);
      const last = steps[steps.length - 1];
      if (last && last.key === undefined) last.key = key;
      else steps.push({ name: '', key });
      continue;
    }
    let e = k;
    while (e < s.length && s[e] !== '.' && s[e] !== '[') e++;
    steps.push({ name: s.slice(k, e) });
    k = e;
  }
  return steps;
}

const NON_RESOURCE_ROOTS = new Set(['var', 'local', 'each', 'count', 'path', 'terraform', 'self']);

/**
 * A configuration reference (`aws_s3_bucket.b.id`, `data.x.y`, `module.m.out`, `var.v`) as the address it names
 * (`aws_s3_bucket.b`, `data.x.y`, `module.m`), or undefined when it names no resource or module.
 */
export function referenceTarget(ref: string): string | undefined {
  const steps = splitTraversal(ref);
  const first = steps[0];
  if (!first || first.name === '' || NON_RESOURCE_ROOTS.has(first.name)) return undefined;
  const literalKey = (st: Step | undefined): string => (st?.key !== undefined && /^\[(?:\d+|"(?:[^"\\]|\\.)*")\]$/.test(st.key) ? st.key : '');
  if (first.name === 'module') {
    const call = steps[1];
    return call && call.name ? `module.${call.name}${literalKey(call)}` : undefined;
  }
  if (first.name === 'data') {
    const type = steps[1];
    const name = steps[2];
    return type?.name && name?.name && type.key === undefined ? `data.${type.name}.${name.name}${literalKey(name)}` : undefined;
  }
  const name = steps[1];
  return name?.name && first.key === undefined ? `${first.name}.${name.name}${literalKey(name)}` : undefined;
}

/** All `references` under a configuration expression (or block of expressions), made absolute. */
function collectRefs(node: unknown, prefix: string, out: Set<string>): void {
  if (Array.isArray(node)) {
    for (const x of node) collectRefs(x, prefix, out);
    return;
  }
  if (!isObject(node)) return;
  const refs = node.references;
  if (Array.isArray(refs)) {
    for (const r of refs) {
      if (typeof r !== 'string') continue;
      const t = referenceTarget(r);
      if (t !== undefined) out.add(prefix ? `${prefix}.${t}` : t);
    }
  }
  for (const [k, v] of Object.entries(node)) if (k !== 'references' && k !== 'constant_value' && (isObject(v) || Array.isArray(v))) collectRefs(v, prefix, out);
}

/** The references of the configuration expression at `path` (or of the deepest part of it found). */
function refsAtPath(expressions: unknown, path: Array<string | number>, prefix: string): string[] {
  let node: unknown = expressions;
  for (const seg of path) {
    let next: unknown;
    if (Array.isArray(node)) next = typeof seg === 'number' ? node[seg] : undefined;
    else if (isObject(node) && typeof seg === 'string' && !('references' in node) && !('constant_value' in node)) next = node[seg];
    if (next === undefined) break;
    node = next;
  }
  if (node === expressions && path.length > 0) return [];
  const out = new Set<string>();
  collectRefs(node, prefix, out);
  return [...out];
}

function pathString(path: Array<string | number>): string {
  let s = '';
  for (const seg of path) s += typeof seg === 'number' ? `[${seg}]` : s === '' ? seg : `.${seg}`;
  return s;
}

/** True when `au` (an after_unknown value) marks anything as unknown. */
function hasTrue(au: Json | undefined): boolean {
  if (au === true) return true;
  if (Array.isArray(au)) return au.some(hasTrue);
  if (isObject(au)) return Object.values(au).some(hasTrue);
  return false;
}

/** Replaces in `values` every path marked `true` in `afterUnknown` with an Unknown (copying the containers on the way). */
function markUnknown(values: Json | undefined, afterUnknown: Json | undefined, path: Array<string | number>, make: (path: Array<string | number>) => Unknown): unknown {
  if (afterUnknown === true) return make(path);
  if (!hasTrue(afterUnknown)) return values;
  if (Array.isArray(afterUnknown)) {
    const src = Array.isArray(values) ? values : [];
    const arr: unknown[] = [...src];
    afterUnknown.forEach((au, k) => {
      if (hasTrue(au)) arr[k] = markUnknown(src[k], au, [...path, k], make);
    });
    for (let k = 0; k < arr.length; k++) if (arr[k] === undefined) arr[k] = null;
    return arr;
  }
  const src = isObject(values) ? values : {};
  const obj: Record<string, unknown> = { ...src };
  for (const [k, au] of Object.entries(afterUnknown as JsonObject)) if (hasTrue(au)) obj[k] = markUnknown(src[k], au, [...path, k], make);
  return obj;
}

interface ConfigModule {
  resources: Map<string, JsonObject>;
  calls: Map<string, ConfigModule>;
}

function indexConfigModule(m: unknown): ConfigModule {
  const out: ConfigModule = { resources: new Map(), calls: new Map() };
  if (!isObject(m)) return out;
  if (Array.isArray(m.resources)) for (const r of m.resources) if (isObject(r) && typeof r.address === 'string') out.resources.set(r.address, r);
  if (isObject(m.module_calls)) for (const [name, call] of Object.entries(m.module_calls)) if (isObject(call)) out.calls.set(name, indexConfigModule(call.module));
  return out;
}

function planResources(doc: JsonObject, text: string, file: string, diagnostics: Diagnostic[]): IacResource[] {
  const lines = addressLines(text);
  const changes = new Map<string, JsonObject>();
  if (Array.isArray(doc.resource_changes)) {
    // Deposed objects (left over by create_before_destroy) share the address of the current one: skip them.
    for (const rc of doc.resource_changes) if (isObject(rc) && typeof rc.address === 'string' && isObject(rc.change) && rc.deposed === undefined) changes.set(rc.address, rc.change);
  }
  const configuration = isObject(doc.configuration) ? doc.configuration : {};
  const configRoot = indexConfigModule(configuration.root_module);
  const providerConfigs = isObject(configuration.provider_config) ? configuration.provider_config : {};
  const providerCache = new Map<string, Record<string, unknown>>();
  const resources: IacResource[] = [];

  const configModuleFor = (moduleAddress: string): ConfigModule | undefined => {
    let m: ConfigModule | undefined = configRoot;
    for (const name of moduleCallNames(moduleAddress)) m = m?.calls.get(name);
    return m;
  };

  const walk = (mod: unknown, moduleAddress: string, depth: number): void => {
    if (!isObject(mod) || depth > 100) return;
    if (Array.isArray(mod.resources)) {
      const config = configModuleFor(moduleAddress);
      for (const r of mod.resources) {
        if (!isObject(r) || typeof r.address !== 'string' || typeof r.type !== 'string' || typeof r.name !== 'string') {
          diagnostics.push({ severity: 'warning', file, line: 1, code: 'PlanResourceInvalid', message: 'a resource in planned_values lacks address, type or name; skipped' });
          continue;
        }
        const address = r.address;
        const change = changes.get(address);
        const actions = change && Array.isArray(change.actions) ? change.actions : [];
        if (actions.length === 1 && actions[0] === 'delete') continue;
        const mode = r.mode === 'data' ? 'data' : 'managed';
        const configAddress = `${mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
        const rconf = config?.resources.get(configAddress);
        const expressions = rconf?.expressions;
        const rawValues = isObject(r.values) ? r.values : {};
        const values = markUnknown(rawValues, change?.after_unknown, [], (path) => new Unknown(`known after apply: ${address}.${pathString(path)}`, refsAtPath(expressions, path, moduleAddress)));
        resources.push({
          type: r.type,
          mode,
          address,
          module: moduleAddress,
          name: r.name,
          root: file,
          file,
          line: lines.get(address) ?? 1,
          values: isObject(values) ? values : {},
          suppressions: [],
          providerConfig: providerConfigFor(rconf, r.type, moduleAddress),
        });
      }
    }
    if (Array.isArray(mod.child_modules)) {
      for (const child of mod.child_modules) {
        if (isObject(child)) walk(child, typeof child.address === 'string' ? child.address : moduleAddress, depth + 1);
      }
    }
  };

  /** The provider_config entry for a resource: its provider_config_key, else its type's provider, nearest module first. */
  const providerConfigFor = (rconf: JsonObject | undefined, type: string, moduleAddress: string): Record<string, unknown> => {
    const keys: string[] = [];
    const rkey = rconf && typeof rconf.provider_config_key === 'string' ? rconf.provider_config_key : undefined;
    const local = rkey !== undefined ? rkey.slice(rkey.lastIndexOf(':') + 1) : type.split('_')[0]!;
    if (rkey !== undefined) keys.push(rkey);
    // Module-scoped keys (`module.net:aws`), from the resource's module up to the root.
    const calls = moduleCallNames(moduleAddress);
    for (let n = calls.length; n > 0; n--) {
      const path = calls.slice(0, n).map((c) => `module.${c}`).join('.');
      keys.push(`${path}:${local}`, `${calls.slice(0, n).join('.')}:${local}`);
    }
    keys.push(local);
    for (const key of keys) {
      const pc = providerConfigs[key];
      if (!isObject(pc)) continue;
      let cached = providerCache.get(key);
      if (cached === undefined) {
        const evaluated = evalExpressions(pc.expressions, key);
        cached = isObject(evaluated) ? evaluated : {};
        providerCache.set(key, cached);
      }
      return cached;
    }
    return {};
  };

  const planned = doc.planned_values;
  walk(isObject(planned) ? planned.root_module : undefined, '', 0);
  return resources;
}

/** Provider configuration expressions → values: constants as they are, anything with references an Unknown. */
function evalExpressions(node: unknown, where: string): unknown {
  if (Array.isArray(node)) return node.map((x) => evalExpressions(x, where));
  if (!isObject(node)) return node;
  if ('constant_value' in node) return node.constant_value;
  if (Array.isArray(node.references)) {
    // Not resolved, not even a plain `var.x`: the plan does not say whether the expression is `var.x` or a
    // template around it, and a guessed value could turn an unknown into a pass.
    const refs = node.references.filter((r): r is string => typeof r === 'string');
    const targets = refs.map(referenceTarget).filter((t): t is string => t !== undefined);
    return new Unknown(`provider configuration ${where} is computed from ${refs.join(', ') || 'an expression'}`, [...new Set(targets)]);
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = evalExpressions(v, `${where}.${k}`);
  return out;
}
