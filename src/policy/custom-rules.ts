/**
 * Custom rules: YAML files with CEL conditions (`assert`, optional `when`), loaded into `CustomRule`s that
 * run in the same engine as the built-in rules. A file holds one rule per YAML document (`---`) or a
 * top-level `rules:` list. Every problem is a `PolicyDiagnostic` naming file:line:column and the YAML key;
 * an invalid rule is left out while the other rules of its file still load. See docs/policy.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseAllDocuments } from 'yaml';
import type { Node as YamlNode, Pair, YAMLMap } from 'yaml';
import type { Asset, CollectionError, Provider } from '../core/asset.js';
import type { Framework } from '../core/framework.js';
import type { ComplianceRef, Remediation } from '../core/rule.js';
import { SEVERITIES, STATUSES, isSeverity } from '../core/verdict.js';
import type { Severity, Status } from '../core/verdict.js';
import { CelCompileError, celVerdict, compileCel } from './cel.js';
import type { CompiledCel } from './cel.js';
import type { CustomRule, PolicyDiagnostic, RuleTestCase } from './types.js';

/** What the loader checks rules against. */
export interface CustomRuleContext {
  /** Ids of the built-in rules: a custom rule may not reuse one. */
  builtinIds: ReadonlySet<string>;
  /** Frameworks a rule's `compliance` may name (framework id → control ids). */
  frameworks: readonly Framework[];
}

/** Rule files larger than this are refused (`FileTooLarge`). */
export const MAX_RULE_FILE_BYTES = 5 * 1024 * 1024;

/** `acme.storage.owner-tag`: lowercase segments separated by dots, at least two. */
export const CUSTOM_RULE_ID = /^[a-z0-9][a-z0-9_-]*(\.[a-z0-9][a-z0-9_-]*)+$/;

const PROVIDERS: readonly Provider[] = ['aws', 'azure', 'gcp'];
/** The `observedAt` of every test fixture, so verdicts are reproducible. */
export const FIXTURE_OBSERVED_AT = '2026-01-01T00:00:00.000Z';

const RULE_KEYS = new Set([
  'id', 'title', 'severity', 'kinds', 'types', 'providers', 'when', 'assert', 'rationale', 'remediation',
  'references', 'compliance', 'version', 'tests',
]);
const REMEDIATION_KEYS = new Set(['steps', 'cli', 'terraform']);
const TEST_KEYS = new Set(['name', 'expect', 'asset']);
const ASSET_KEYS = new Set([
  'id', 'provider', 'account', 'region', 'type', 'kind', 'name', 'tags', 'facets', 'config', 'gaps', 'provenance',
  'source', 'observedAt',
]);
const GAP_KEYS = new Set(['provider', 'account', 'region', 'service', 'operation', 'code', 'message', 'resource']);

/**
 * Loads custom rules from files and directories (recursively `*.yaml` / `*.yml`, skipping dot-folders and
 * `node_modules`, in sorted order). Returns the valid rules and every diagnostic; never throws on bad input.
 * Errors: `NotFound`, `FileTooLarge`, `YamlSyntax`, `Schema`, `UnknownKey`, `CelSyntax`, `CelType`,
 * `DuplicateRuleId`, `BuiltinRuleId`, `UnknownFramework`, `UnknownControl`.
 */
export function loadCustomRules(
  paths: string[],
  ctx: { builtinIds: ReadonlySet<string>; frameworks: readonly Framework[] },
): { rules: CustomRule[]; diagnostics: PolicyDiagnostic[] } {
  const diagnostics: PolicyDiagnostic[] = [];
  const rules: CustomRule[] = [];
  const firstPlace = new Map<string, { file: string; line: number }>();
  const files: string[] = [];
  const seenFiles = new Set<string>();
  for (const p of paths) {
    if (!existsSync(p)) {
      diagnostics.push({ severity: 'error', file: p, line: 1, code: 'NotFound', message: 'no such file or directory' });
      continue;
    }
    let found: string[];
    try {
      found = statSync(p).isDirectory() ? ruleFilesIn(p) : [p];
    } catch (e) {
      diagnostics.push(unreadable(p, e));
      continue;
    }
    for (const f of found) {
      if (seenFiles.has(f)) continue;
      seenFiles.add(f);
      files.push(f);
    }
  }
  for (const file of files) {
    let text: string;
    try {
      const size = statSync(file).size;
      if (size > MAX_RULE_FILE_BYTES) {
        diagnostics.push({
          severity: 'error', file, line: 1, code: 'FileTooLarge',
          message: `the file is ${size} bytes; rule files are limited to ${MAX_RULE_FILE_BYTES} bytes`,
        });
        continue;
      }
      text = readFileSync(file, 'utf8');
    } catch (e) {
      diagnostics.push(unreadable(file, e));
      continue;
    }
    const parsed = parseRuleFile(file, text, ctx);
    diagnostics.push(...parsed.diagnostics);
    for (const { rule, idPos } of parsed.rules) {
      if (ctx.builtinIds.has(rule.id)) {
        diagnostics.push({
          severity: 'error', file, ...idPos, key: keyPath(rule.key, 'id'), code: 'BuiltinRuleId',
          message: `rule id '${rule.id}' is a built-in rule's id; give the custom rule its own id (e.g. prefixed with your organization)`,
        });
        continue;
      }
      const first = firstPlace.get(rule.id);
      if (first) {
        diagnostics.push({
          severity: 'error', file, ...idPos, key: keyPath(rule.key, 'id'), code: 'DuplicateRuleId',
          message: `rule id '${rule.id}' is already defined at ${first.file}:${first.line}; this rule is left out`,
        });
        continue;
      }
      firstPlace.set(rule.id, rule.rule.source);
      rules.push(rule.rule);
    }
  }
  return { rules, diagnostics };
}

function unreadable(file: string, e: unknown): PolicyDiagnostic {
  return { severity: 'error', file, line: 1, code: 'NotFound', message: `cannot read the rule file: ${e instanceof Error ? e.message : String(e)}` };
}

/** Rule files under `dir`, recursively, sorted; dot-folders and `node_modules` skipped. */
function ruleFilesIn(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      out.push(...ruleFilesIn(full));
    } else if ((e.isFile() || e.isSymbolicLink()) && /\.ya?ml$/i.test(e.name)) {
      out.push(full);
    }
  }
  return out;
}

interface Position {
  line: number;
  column: number;
}

interface ParsedRule {
  rule: { id: string; key: string; rule: CustomRule };
  idPos: Position;
}

/** A rule or diagnostics for one mapping of a rule file. */
class RuleReader {
  readonly diagnostics: PolicyDiagnostic[] = [];

  constructor(
    private readonly file: string,
    private readonly lc: LineCounter,
  ) {}

  pos(node: YamlNode | null | undefined, fallback?: Position): Position {
    const offset = node?.range?.[0];
    if (offset === undefined) return fallback ?? { line: 1, column: 1 };
    const p = this.lc.linePos(offset);
    return { line: p.line, column: p.col };
  }

  error(code: string, node: YamlNode | null | undefined, key: string | undefined, message: string): void {
    this.diagnostics.push({ severity: 'error', file: this.file, ...this.pos(node), ...(key ? { key } : {}), code, message });
  }
}

function keyPath(prefix: string, key: string | number): string {
  if (typeof key === 'number') return `${prefix}[${key}]`;
  return prefix ? `${prefix}.${key}` : key;
}

/** Parses one rule file's text. Exported for tests; `loadCustomRules` is the entry point. */
export function parseRuleFile(
  file: string,
  text: string,
  ctx: { frameworks: readonly Framework[] },
): { rules: ParsedRule[]; diagnostics: PolicyDiagnostic[] } {
  const lc = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: lc, prettyErrors: false });
  const r = new RuleReader(file, lc);
  const rules: ParsedRule[] = [];
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      for (const e of doc.errors) {
        const lp = e.linePos?.[0] ?? lc.linePos(e.pos[0]);
        r.diagnostics.push({
          severity: 'error', file, line: lp.line, column: lp.col, code: 'YamlSyntax',
          message: `${e.message.split('\n', 1)[0]}; the document is skipped`,
        });
      }
      continue;
    }
    const root = doc.contents;
    if (root === null || (isScalar(root) && (root.value === null || root.value === undefined))) continue;
    if (!isMap(root)) {
      r.error('Schema', root, undefined, 'a rule document must be a mapping (id, title, severity, ...) or hold a `rules:` list');
      continue;
    }
    const list = root.items.find((p) => scalarKey(p) === 'rules');
    if (list) {
      for (const p of root.items) {
        if (p !== list) r.error('UnknownKey', p.key as YamlNode, scalarKey(p), `unknown key '${scalarKey(p)}' beside \`rules:\`; put it inside a rule`);
      }
      if (!isSeq(list.value)) {
        r.error('Schema', (list.value as YamlNode | null) ?? (list.key as YamlNode), 'rules', '`rules` must be a list of rules');
        continue;
      }
      list.value.items.forEach((item, i) => {
        const key = `rules[${i}]`;
        if (!isMap(item)) {
          r.error('Schema', item as YamlNode, key, 'each item of `rules` must be a mapping (id, title, severity, ...)');
          return;
        }
        const parsed = readRule(r, item, key, file, ctx);
        if (parsed) rules.push(parsed);
      });
    } else {
      const parsed = readRule(r, root, '', file, ctx);
      if (parsed) rules.push(parsed);
    }
  }
  return { rules, diagnostics: r.diagnostics };
}

function scalarKey(p: Pair): string {
  return isScalar(p.key) ? String(p.key.value) : String(p.key);
}

/** A scalar's text as written (`1.10` stays `1.10`), or undefined when the node is not a scalar. */
function scalarText(node: unknown): string | undefined {
  if (!isScalar(node)) return undefined;
  if (typeof node.value === 'string') return node.value;
  if (typeof node.value === 'number' || typeof node.value === 'boolean') return node.source ?? String(node.value);
  return undefined;
}

function asString(node: unknown): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/** Reads and validates one rule mapping; records diagnostics and returns undefined when it is invalid. */
function readRule(r: RuleReader, map: YAMLMap, prefix: string, file: string, ctx: { frameworks: readonly Framework[] }): ParsedRule | undefined {
  const before = r.diagnostics.length;
  const at = (k: string): string => keyPath(prefix, k);
  const pairs = new Map<string, Pair>();
  for (const p of map.items) {
    const k = scalarKey(p);
    if (!RULE_KEYS.has(k)) {
      const hint = closest(k, [...RULE_KEYS]);
      r.error('UnknownKey', p.key as YamlNode, at(k), `unknown key '${k}'${hint.length ? ` (did you mean '${hint[0]}'?)` : ''}`);
      continue;
    }
    pairs.set(k, p);
  }
  const node = (k: string): YamlNode | undefined => (pairs.get(k)?.value as YamlNode | null | undefined) ?? undefined;
  const missing = (k: string, what: string): void => r.error('Schema', map, at(k), `the rule has no \`${k}\` (${what})`);

  const reqString = (k: string, what: string): string | undefined => {
    if (!pairs.has(k)) {
      missing(k, what);
      return undefined;
    }
    const s = asString(node(k));
    if (s === undefined || s.trim() === '') {
      r.error('Schema', node(k) ?? (pairs.get(k)!.key as YamlNode), at(k), `\`${k}\` must be a non-empty string (${what})`);
      return undefined;
    }
    return s;
  };

  const id = reqString('id', 'a unique id like acme.storage.owner-tag');
  if (id !== undefined && !CUSTOM_RULE_ID.test(id)) {
    r.error('Schema', node('id'), at('id'), `rule id '${id}' must be lowercase dot-separated segments of letters, digits, '-' and '_', at least two (acme.storage.owner-tag)`);
  }
  const title = reqString('title', 'one line saying what must hold');
  let severity: Severity | undefined;
  const sevText = reqString('severity', SEVERITIES.join('|'));
  if (sevText !== undefined) {
    if (isSeverity(sevText)) severity = sevText;
    else r.error('Schema', node('severity'), at('severity'), `severity '${sevText}' must be one of ${SEVERITIES.join(', ')}`);
  }
  const kinds = optStringList(r, node('kinds'), pairs.has('kinds'), at('kinds'));
  const types = optStringList(r, node('types'), pairs.has('types'), at('types'));
  if (!pairs.has('kinds') && !pairs.has('types')) {
    r.error('Schema', map, at('kinds'), 'the rule needs `kinds` or `types` (or both) to say which assets it judges');
  }
  let providers: Provider[] = [...PROVIDERS];
  if (pairs.has('providers')) {
    const list = optStringList(r, node('providers'), true, at('providers'));
    if (list) {
      const bad = list.filter((p) => !(PROVIDERS as readonly string[]).includes(p));
      if (bad.length) r.error('Schema', node('providers'), at('providers'), `unknown provider ${bad.map((b) => `'${b}'`).join(', ')}; use aws, azure, gcp`);
      else providers = list as Provider[];
    }
  }
  const when = readCel(r, pairs, 'when', prefix);
  const assert = readCel(r, pairs, 'assert', prefix);
  if (!pairs.has('assert')) missing('assert', 'a CEL expression that is true when the asset complies');
  let rationale: string | undefined;
  if (pairs.has('rationale')) {
    rationale = asString(node('rationale'));
    if (rationale === undefined) r.error('Schema', node('rationale'), at('rationale'), '`rationale` must be a string');
  }
  let remediation: Remediation | undefined;
  if (pairs.has('remediation')) remediation = readRemediation(r, node('remediation'), at('remediation'));
  else missing('remediation', 'a string, or {steps, cli?, terraform?}');
  let references: string[] = [];
  if (pairs.has('references')) references = optStringList(r, node('references'), true, at('references'), true) ?? [];
  const compliance = pairs.has('compliance') ? readCompliance(r, node('compliance'), at('compliance'), ctx.frameworks) : [];
  let version = 1;
  if (pairs.has('version')) {
    const v = node('version');
    if (isScalar(v) && typeof v.value === 'number' && Number.isInteger(v.value) && v.value >= 1) version = v.value;
    else r.error('Schema', v, at('version'), '`version` must be a positive integer');
  }
  const rawTests = pairs.has('tests') ? readTests(r, node('tests'), at('tests')) : [];

  if (r.diagnostics.length > before || !id || !title || !severity || !assert || !remediation) return undefined;

  const tests: RuleTestCase[] = rawTests.map((t) => ({
    name: t.name, file, line: t.line, expect: t.expect,
    asset: fixtureAsset(t.asset, t.index, { id, providers, types, kinds }),
  }));
  const source = { file, line: r.pos(map).line };
  const compiled = { id, assert: assert.compiled, ...(when ? { when: when.compiled } : {}) };
  const rule: CustomRule = {
    id, title, severity, providers,
    ...(types ? { types } : {}),
    ...(kinds ? { kinds } : {}),
    rationale: rationale ?? title,
    remediation, references, compliance, version,
    evaluate: (a) => celVerdict(compiled, a),
    source,
    assert: assert.expr,
    ...(when ? { when: when.expr } : {}),
    tests,
  };
  return { rule: { id, key: prefix, rule }, idPos: r.pos(node('id')) };
}

/** A non-empty list of non-empty strings, or undefined (with a diagnostic when present but ill-typed). */
function optStringList(r: RuleReader, n: YamlNode | undefined, present: boolean, key: string, allowEmpty = false): string[] | undefined {
  if (!present) return undefined;
  if (!isSeq(n) || (!allowEmpty && n.items.length === 0)) {
    r.error('Schema', n, key, `\`${key.split('.').pop()}\` must be a ${allowEmpty ? '' : 'non-empty '}list of strings`);
    return undefined;
  }
  const out: string[] = [];
  let ok = true;
  n.items.forEach((item, i) => {
    const s = asString(item);
    if (s === undefined || s === '') {
      r.error('Schema', item as YamlNode, `${key}[${i}]`, 'each item must be a non-empty string');
      ok = false;
    } else out.push(s);
  });
  return ok ? out : undefined;
}

function readCel(r: RuleReader, pairs: Map<string, Pair>, k: 'when' | 'assert', prefix: string): { expr: string; compiled: CompiledCel } | undefined {
  const key = keyPath(prefix, k);
  const pair = pairs.get(k);
  if (!pair) return undefined;
  const n = pair.value as YamlNode | null;
  const expr = asString(n);
  if (expr === undefined || expr.trim() === '') {
    r.error('Schema', n ?? (pair.key as YamlNode), key, `\`${k}\` must be a CEL expression (a non-empty string)`);
    return undefined;
  }
  try {
    return { expr, compiled: compileCel(expr) };
  } catch (e) {
    if (e instanceof CelCompileError) {
      r.error(e.code, n, key, `the CEL expression does not ${e.code === 'CelSyntax' ? 'parse' : 'type-check'}: ${e.message}`);
    } else {
      r.error('CelSyntax', n, key, `the CEL expression does not compile: ${e instanceof Error ? e.message : String(e)}`);
    }
    return undefined;
  }
}

function readRemediation(r: RuleReader, n: YamlNode | undefined, key: string): Remediation | undefined {
  const s = asString(n);
  if (s !== undefined) {
    if (s.trim() === '') {
      r.error('Schema', n, key, '`remediation` must not be empty');
      return undefined;
    }
    return { steps: [s] };
  }
  if (!isMap(n)) {
    r.error('Schema', n, key, '`remediation` must be a string (one step) or a mapping {steps, cli?, terraform?}');
    return undefined;
  }
  const before = r.diagnostics.length;
  let steps: string[] | undefined;
  const out: Partial<Remediation> = {};
  for (const p of n.items) {
    const k = scalarKey(p);
    const v = p.value as YamlNode | null;
    if (!REMEDIATION_KEYS.has(k)) {
      r.error('UnknownKey', p.key as YamlNode, `${key}.${k}`, `unknown key '${k}' in remediation (steps, cli, terraform)`);
    } else if (k === 'steps') {
      steps = optStringList(r, v ?? undefined, true, `${key}.steps`);
    } else {
      const t = asString(v);
      if (t === undefined) r.error('Schema', v ?? (p.key as YamlNode), `${key}.${k}`, `\`${k}\` must be a string`);
      else out[k as 'cli' | 'terraform'] = t;
    }
  }
  if (!n.items.some((p) => scalarKey(p) === 'steps')) r.error('Schema', n, `${key}.steps`, 'remediation needs `steps`: a non-empty list of strings');
  if (r.diagnostics.length > before || !steps) return undefined;
  return { steps, ...out };
}

function readCompliance(r: RuleReader, n: YamlNode | undefined, key: string, frameworks: readonly Framework[]): ComplianceRef[] {
  if (!isMap(n)) {
    r.error('Schema', n, key, '`compliance` must map framework ids to lists of control ids');
    return [];
  }
  const refs: ComplianceRef[] = [];
  for (const p of n.items) {
    const fwId = scalarKey(p);
    const fw = frameworks.find((f) => f.id === fwId);
    const v = p.value as YamlNode | null;
    if (!fw) {
      const near = closest(fwId, frameworks.map((f) => f.id));
      r.error('UnknownFramework', p.key as YamlNode, `${key}.${fwId}`, `unknown framework '${fwId}'${near.length ? ` (closest: ${near.join(', ')})` : ''}`);
      continue;
    }
    if (!isSeq(v) || v.items.length === 0) {
      r.error('Schema', v ?? (p.key as YamlNode), `${key}.${fwId}`, 'each framework must map to a non-empty list of control ids');
      continue;
    }
    v.items.forEach((item, i) => {
      const control = scalarText(item);
      if (control === undefined) {
        r.error('Schema', item as YamlNode, `${key}.${fwId}[${i}]`, 'a control id must be a string');
        return;
      }
      if (!fw.controls.some((c) => c.id === control)) {
        const near = closest(control, fw.controls.map((c) => c.id));
        r.error('UnknownControl', item as YamlNode, `${key}.${fwId}[${i}]`, `framework ${fwId} has no control '${control}'${near.length ? ` (closest: ${near.join(', ')})` : ''}`);
        return;
      }
      refs.push({ framework: fwId, control });
    });
  }
  return refs;
}

interface RawTest {
  name: string;
  expect: Status;
  line: number;
  index: number;
  asset: Record<string, unknown>;
}

function readTests(r: RuleReader, n: YamlNode | undefined, key: string): RawTest[] {
  if (!isSeq(n)) {
    r.error('Schema', n, key, '`tests` must be a list of {name, expect, asset}');
    return [];
  }
  const out: RawTest[] = [];
  n.items.forEach((item, index) => {
    const k = `${key}[${index}]`;
    if (!isMap(item)) {
      r.error('Schema', item as YamlNode, k, 'a test case must be a mapping {name, expect, asset}');
      return;
    }
    const before = r.diagnostics.length;
    let name: string | undefined;
    let expect: Status | undefined;
    let asset: Record<string, unknown> = {};
    for (const p of item.items) {
      const pk = scalarKey(p);
      const v = p.value as YamlNode | null;
      if (!TEST_KEYS.has(pk)) {
        r.error('UnknownKey', p.key as YamlNode, `${k}.${pk}`, `unknown key '${pk}' in a test case (name, expect, asset)`);
      } else if (pk === 'name') {
        name = asString(v);
        if (!name) r.error('Schema', v ?? (p.key as YamlNode), `${k}.name`, 'the test name must be a non-empty string');
      } else if (pk === 'expect') {
        const s = asString(v);
        if (s !== undefined && (STATUSES as readonly string[]).includes(s)) expect = s as Status;
        else r.error('Schema', v ?? (p.key as YamlNode), `${k}.expect`, `\`expect\` must be one of ${STATUSES.join(', ')}`);
      } else {
        asset = readFixture(r, v ?? undefined, `${k}.asset`) ?? {};
      }
    }
    if (!item.items.some((p) => scalarKey(p) === 'name')) r.error('Schema', item, `${k}.name`, 'the test case has no `name`');
    if (!item.items.some((p) => scalarKey(p) === 'expect')) r.error('Schema', item, `${k}.expect`, `the test case has no \`expect\` (${STATUSES.join('|')})`);
    if (r.diagnostics.length > before || !name || !expect) return;
    out.push({ name, expect, line: r.pos(item).line, index, asset });
  });
  return out;
}

/** Validates a partial asset of a test case; returns its plain value. */
function readFixture(r: RuleReader, n: YamlNode | undefined, key: string): Record<string, unknown> | undefined {
  if (!isMap(n)) {
    r.error('Schema', n, key, 'the test asset must be a mapping (tags, facets, config, gaps, ...)');
    return undefined;
  }
  const before = r.diagnostics.length;
  for (const p of n.items) {
    const k = scalarKey(p);
    const v = p.value as YamlNode | null;
    const where = v ?? (p.key as YamlNode);
    if (!ASSET_KEYS.has(k)) {
      r.error('UnknownKey', p.key as YamlNode, `${key}.${k}`, `unknown asset key '${k}' (${[...ASSET_KEYS].join(', ')})`);
    } else if (k === 'provider') {
      const s = asString(v);
      if (!s || !(PROVIDERS as readonly string[]).includes(s)) r.error('Schema', where, `${key}.provider`, 'provider must be aws, azure or gcp');
    } else if (['id', 'account', 'region', 'type', 'kind', 'name', 'observedAt'].includes(k)) {
      if (scalarText(v) === undefined) r.error('Schema', where, `${key}.${k}`, `\`${k}\` must be a string`);
    } else if (k === 'tags' || k === 'provenance') {
      if (!isMap(v)) r.error('Schema', where, `${key}.${k}`, `\`${k}\` must be a mapping of strings`);
      else for (const t of v.items) if (scalarText(t.value) === undefined) r.error('Schema', (t.value as YamlNode | null) ?? (t.key as YamlNode), `${key}.${k}.${scalarKey(t)}`, 'the value must be a string');
    } else if (k === 'facets' || k === 'config' || k === 'source') {
      if (!isMap(v)) r.error('Schema', where, `${key}.${k}`, `\`${k}\` must be a mapping`);
    } else if (k === 'gaps') {
      readGaps(r, v ?? undefined, `${key}.gaps`, where);
    }
  }
  if (r.diagnostics.length > before) return undefined;
  const plain = n.toJSON() as Record<string, unknown>;
  // Tags and provenance hold strings; `owner: 123` in YAML means the text "123".
  for (const k of ['tags', 'provenance'] as const) {
    const m = n.get(k, true);
    if (isMap(m)) plain[k] = Object.fromEntries(m.items.map((t) => [scalarKey(t), scalarText(t.value)!]));
  }
  for (const k of ['id', 'account', 'region', 'type', 'kind', 'name', 'observedAt'] as const) {
    if (n.has(k)) plain[k] = scalarText(n.get(k, true));
  }
  return plain;
}

function readGaps(r: RuleReader, v: YamlNode | undefined, key: string, where: YamlNode): void {
  if (!isMap(v)) {
    r.error('Schema', where, key, '`gaps` must map aspect names (or `facets.<name>`) to an error code or a CollectionError');
    return;
  }
  for (const g of v.items) {
    const gk = `${key}.${scalarKey(g)}`;
    const gv = g.value as YamlNode | null;
    if (asString(gv)) continue;
    if (!isMap(gv)) {
      r.error('Schema', gv ?? (g.key as YamlNode), gk, 'a gap is an error code (AccessDenied) or a CollectionError mapping');
      continue;
    }
    for (const f of gv.items) {
      const fk = scalarKey(f);
      if (!GAP_KEYS.has(fk)) r.error('UnknownKey', f.key as YamlNode, `${gk}.${fk}`, `unknown CollectionError key '${fk}' (${[...GAP_KEYS].join(', ')})`);
      else if (asString(f.value) === undefined) r.error('Schema', (f.value as YamlNode | null) ?? (f.key as YamlNode), `${gk}.${fk}`, `\`${fk}\` must be a string`);
    }
    for (const req of ['code', 'message']) {
      if (!gv.has(req)) r.error('Schema', gv, `${gk}.${req}`, `a CollectionError needs \`${req}\``);
    }
  }
}

/**
 * A test fixture completed with defaults: id `test:<rule>:<index>`, the rule's first provider, account
 * `000000000000`, region `global`, the rule's first type and kind, name `test-<index>`, empty maps, API
 * source, a fixed `observedAt`. A gap given as a code becomes a CollectionError of service `test`.
 */
export function fixtureAsset(
  partial: Record<string, unknown>,
  index: number,
  rule: { id: string; providers: readonly Provider[]; types?: readonly string[]; kinds?: readonly string[] },
): Asset {
  const str = (k: string, d: string): string => (typeof partial[k] === 'string' ? (partial[k] as string) : d);
  const map = (k: string): Record<string, unknown> => {
    const v = partial[k];
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  };
  const provider = str('provider', rule.providers[0] ?? 'aws') as Provider;
  const account = str('account', '000000000000');
  const region = str('region', 'global');
  const gaps: Record<string, CollectionError> = {};
  for (const [k, g] of Object.entries(map('gaps'))) {
    if (typeof g === 'string') {
      gaps[k] = { provider, account, region, service: 'test', operation: 'fixture', code: g, message: `fixture gap ${g}` };
    } else {
      const o = g as Partial<CollectionError>;
      gaps[k] = {
        provider: o.provider ?? provider, account: o.account ?? account, region: o.region ?? region,
        service: o.service ?? 'test', operation: o.operation ?? 'fixture', code: o.code ?? 'Unknown',
        message: o.message ?? `fixture gap ${o.code ?? 'Unknown'}`,
        ...(o.resource ? { resource: o.resource } : {}),
      };
    }
  }
  const asset: Asset = {
    id: str('id', `test:${rule.id}:${index}`),
    provider, account, region,
    type: str('type', rule.types?.[0] ?? ''),
    kind: str('kind', rule.kinds?.[0] ?? ''),
    name: str('name', `test-${index}`),
    tags: map('tags') as Record<string, string>,
    facets: map('facets'),
    config: map('config'),
    gaps,
    source: (partial.source as Asset['source'] | undefined) ?? { type: 'api' },
    observedAt: str('observedAt', FIXTURE_OBSERVED_AT),
  };
  if (partial.provenance) asset.provenance = map('provenance') as Record<string, string>;
  return asset;
}

/** Up to three candidates closest to `wanted` (edit distance), for "did you mean" hints. */
function closest(wanted: string, candidates: readonly string[]): string[] {
  const w = wanted.toLowerCase();
  const scored = candidates
    .map((c) => ({ c, d: c.toLowerCase().startsWith(w) || w.startsWith(c.toLowerCase()) ? 0 : distance(w, c.toLowerCase()) }))
    .filter((s) => s.d <= Math.max(2, Math.floor(w.length / 3)))
    .sort((a, b) => a.d - b.d || (a.c < b.c ? -1 : 1));
  return scored.slice(0, 3).map((s) => s.c);
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length]!;
}

