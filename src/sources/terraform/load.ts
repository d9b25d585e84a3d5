/**
 * Loads a Terraform root module directory into `IacResource`s without credentials or `terraform init`:
 * reads `*.tf`, variables from `terraform.tfvars`, `*.auto.tfvars`, `--var-file`s and `--var`s, evaluates
 * locals, local modules (recursively, with count / for_each), resources and data sources (with count /
 * for_each), provider configurations and inline suppressions. Anything not statically known is an
 * `Unknown` naming the resources it depends on. Problems are diagnostics with file and line; nothing
 * here throws for bad input.
 *
 * Named limitations: `.tf.json` files are not read (warning `TerraformJsonNotSupported`); remote module
 * sources (registry, git, http) are not fetched (warning `ModuleNotLocal`, their outputs Unknown) unless
 * `terraform init` installed them (`.terraform/modules/modules.json`); `override.tf` / `*_override.tf` are
 * merged (arguments and nested block types replaced), but the `lines` of overridden arguments point into
 * the override file while `file` stays the original's; `moved`, `import`, `check` and `removed` blocks,
 * variable `validation` and resource `precondition`s are ignored.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { MAX_FILE_BYTES, Unknown, isUnknown, type Diagnostic, type IacResource, type InlineSuppression, type SourceResult } from '../model.js';
import { evalExpr, evaluate, evaluateValue, markComputed, type Binding, type EvalEnv } from './eval.js';
import type { FnContext } from './functions.js';
import type { Attribute, Block, Body, Comment, ConfigFile, Expr, Range } from './hcl/ast.js';
import { parseHcl } from './hcl/parser.js';
import { convert, parseType } from './types.js';
import { renderPolicyDocument } from './policy.js';
import { EvalError, Lazy, isObj, keyText, materialize, sortedKeys, toNum, type Obj } from './values.js';

export interface TerraformOptions {
  /** `--var-file` paths, applied after terraform.tfvars and *.auto.tfvars, in order. */
  varFiles?: string[];
  /** `--var name=value`, applied last. */
  vars?: Record<string, string>;
}

/** Modules nested deeper than this are not evaluated (diagnostic `ModuleDepthExceeded`). */
const MAX_MODULE_DEPTH = 32;

/** count / for_each larger than this is refused (diagnostic) rather than expanded. */
const MAX_INSTANCES = 10_000;

const SKIP_DIRS = new Set(['.terraform', '.git', 'node_modules']);

// ------------------------------------------------------------------------------------------------ files

interface Located<T> {
  node: T;
  file: string;
}

interface ResourceDecl {
  mode: 'managed' | 'data';
  type: string;
  name: string;
  block: Block;
  file: string;
  /** Arguments by name (meta-arguments included). */
  attrs: Map<string, Attribute>;
  /** Names of nested block types (static and dynamic). */
  blockNames: Set<string>;
  suppressions: InlineSuppression[];
}

interface ModuleDecl {
  name: string;
  block: Block;
  file: string;
  attrs: Map<string, Attribute>;
}

/** The declarations of one module directory, shared by all its instances. */
interface ModuleSource {
  dir: string;
  absDir: string;
  variables: Map<string, Located<Block>>;
  locals: Map<string, Located<Attribute>>;
  outputs: Map<string, Located<Block>>;
  /** `type` → `name` → declaration. */
  managed: Map<string, Map<string, ResourceDecl>>;
  data: Map<string, Map<string, ResourceDecl>>;
  /** In declaration order. */
  resources: ResourceDecl[];
  modules: Map<string, ModuleDecl>;
  /** `aws`, `aws.west` → provider block. */
  providers: Map<string, Located<Block>>;
}

const META_ATTRS = new Set(['count', 'for_each', 'provider', 'depends_on']);
const META_BLOCKS = new Set(['lifecycle', 'provisioner', 'connection']);
const MODULE_META = new Set(['source', 'version', 'count', 'for_each', 'providers', 'depends_on']);

function attrsOf(body: Body): Map<string, Attribute> {
  const m = new Map<string, Attribute>();
  for (const it of body.items) if (it.kind === 'attribute' && !m.has(it.name)) m.set(it.name, it);
  return m;
}

/** Nested block types of a body (static, and dynamic by label), meta blocks excluded. */
function blockNamesOf(body: Body): Set<string> {
  const names = new Set<string>();
  for (const x of body.items) {
    if (x.kind !== 'block') continue;
    if (x.type === 'dynamic' && x.labels[0] !== undefined) names.add(x.labels[0]);
    else if (!META_BLOCKS.has(x.type)) names.add(x.type);
  }
  return names;
}

/** `base` with `over`'s arguments replacing base's and `over`'s nested block types replacing all of base's blocks of that type. */
function mergeBlock(base: Block, over: Block): Block {
  const overAttrs = new Map<string, Attribute>();
  const overTypes = new Set<string>();
  for (const it of over.body.items) {
    if (it.kind === 'attribute') overAttrs.set(it.name, it);
    else overTypes.add(it.type === 'dynamic' ? (it.labels[0] ?? '') : it.type);
  }
  const items: Body['items'] = [];
  for (const it of base.body.items) {
    if (it.kind === 'attribute') {
      const o = overAttrs.get(it.name);
      items.push(o ?? it);
      overAttrs.delete(it.name);
    } else if (!overTypes.has(it.type === 'dynamic' ? (it.labels[0] ?? '') : it.type)) items.push(it);
  }
  items.push(...overAttrs.values());
  for (const it of over.body.items) if (it.kind === 'block') items.push(it);
  return { ...base, body: { items, range: base.body.range } };
}

/** Reads a file, or a diagnostic when it is too large or unreadable. */
function readSource(file: string, diags: Diagnostic[]): string | undefined {
  try {
    const size = statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      diags.push({ severity: 'error', file, line: 1, code: 'FileTooLarge', message: `${file} is ${size} bytes, larger than the ${MAX_FILE_BYTES}-byte limit; not read` });
      return undefined;
    }
    return readFileSync(file, 'utf8');
  } catch (e) {
    diags.push({ severity: 'error', file, line: 1, code: 'FileUnreadable', message: `cannot read ${file}: ${(e as Error).message}` });
    return undefined;
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

// ------------------------------------------------------------------------------------------------ suppressions

const IGNORE = /parapet:ignore(?:\s+(\S+))?(?:[ \t]+([^\r\n]*))?/;

/** Suppressions written on the block's first line or in the contiguous comment lines directly above it. */
function suppressionsFor(line: number, file: string, byEndLine: Map<number, Comment[]>, byLine: Map<number, Comment[]>, diags: Diagnostic[]): InlineSuppression[] {
  const found: Comment[] = [];
  for (const c of byLine.get(line) ?? []) found.push(c);
  let cur = line - 1;
  for (;;) {
    const cs = byEndLine.get(cur);
    if (!cs?.length) break;
    const first = cs.reduce((a, b) => (a.line <= b.line ? a : b));
    for (const c of cs) if (!found.includes(c)) found.push(c);
    cur = first.line - 1;
  }
  const out: InlineSuppression[] = [];
  for (const c of found) {
    const lines = c.text.split(/\r?\n/);
    lines.forEach((text, i) => {
      const m = IGNORE.exec(text);
      if (!m) return;
      const at = c.line + i;
      const ruleId = m[1];
      const reason = (m[2] ?? '').replace(/\*\/\s*$/, '').trim();
      if (!ruleId || !reason) {
        diags.push({ severity: 'warning', file, line: at, code: 'SuppressionWithoutReason', message: `parapet:ignore${ruleId ? ` ${ruleId}` : ''} needs a reason ("parapet:ignore <rule-id> <reason>"); not applied` });
        return;
      }
      out.push({ ruleId, reason, file, line: at });
    });
  }
  return out.sort((a, b) => a.line - b.line);
}

// ------------------------------------------------------------------------------------------------ loader

interface InstanceKey {
  key?: string | number;
  count?: unknown;
  each?: { key: unknown; value: unknown };
}

type Expansion = { kind: 'single' } | { kind: 'count' | 'each'; keys: InstanceKey[] } | { kind: 'unknown'; unknown: Unknown; by: 'count' | 'for_each' } | { kind: 'error'; unknown: Unknown };

const IN_PROGRESS = Symbol('in-progress');

class Loader {
  readonly diagnostics: Diagnostic[] = [];
  private readonly seen = new Set<string>();
  private readonly sources = new Map<string, ModuleSource>();
  readonly resources: IacResource[] = [];
  readonly rootAbs: string;

  constructor(
    readonly rootDir: string,
    readonly opts: TerraformOptions,
  ) {
    this.rootAbs = resolve(rootDir);
  }

  diag(d: Diagnostic): void {
    const k = `${d.code}|${d.file}|${d.line}|${d.column ?? ''}|${d.message}`;
    if (this.seen.has(k)) return;
    this.seen.add(k);
    this.diagnostics.push(d);
  }

  private installed?: Map<string, string>;

  /**
   * The directory `terraform init` installed a remote module into (`.terraform/modules/modules.json`,
   * by module call path `net.sub`), when present.
   */
  installedModule(callPath: string): string | undefined {
    if (!this.installed) {
      this.installed = new Map();
      const manifest = join(this.rootDir, '.terraform', 'modules', 'modules.json');
      if (isFile(manifest)) {
        try {
          const m = JSON.parse(readFileSync(manifest, 'utf8')) as { Modules?: Array<{ Key?: unknown; Dir?: unknown }> };
          for (const x of m.Modules ?? []) if (typeof x.Key === 'string' && x.Key && typeof x.Dir === 'string') this.installed.set(x.Key, join(this.rootDir, x.Dir));
        } catch (e) {
          this.diag({ severity: 'warning', file: manifest, line: 1, code: 'JsonSyntax', message: `${manifest}: ${(e as Error).message}; installed modules are not used` });
        }
      }
    }
    const dir = this.installed.get(callPath);
    return dir !== undefined && isDir(dir) ? dir : undefined;
  }

  /** Parses a module directory once. */
  source(dir: string): ModuleSource {
    const absDir = resolve(dir);
    const cached = this.sources.get(absDir);
    if (cached) return cached;
    const src: ModuleSource = {
      dir,
      absDir,
      variables: new Map(),
      locals: new Map(),
      outputs: new Map(),
      managed: new Map(),
      data: new Map(),
      resources: [],
      modules: new Map(),
      providers: new Map(),
    };
    this.sources.set(absDir, src);
    // override.tf / *_override.tf are merged into the declarations after all other files
    const isOverride = (n: string) => n === 'override.tf' || n.endsWith('_override.tf');
    const names = listDir(dir);
    const ordered = [...names.filter((n) => !isOverride(n)), ...names.filter(isOverride)];
    for (const name of ordered) {
      if (name.endsWith('.tf.json')) {
        this.diag({ severity: 'warning', file: join(dir, name), line: 1, code: 'TerraformJsonNotSupported', message: `${join(dir, name)}: Terraform JSON syntax is not supported; the file is not scanned` });
        continue;
      }
      if (!name.endsWith('.tf')) continue;
      const file = join(dir, name);
      if (!isFile(file)) continue;
      const diags: Diagnostic[] = [];
      const text = readSource(file, diags);
      diags.forEach((d) => this.diag(d));
      if (text === undefined) continue;
      const { config, diagnostics } = parseHcl(text, file);
      diagnostics.forEach((d) => this.diag(d));
      if (isOverride(name)) this.override(src, config, file);
      else this.declare(src, config, file);
    }
    return src;
  }

  /** Terraform's override files: arguments replace the original's, nested block types replace all blocks of that type. */
  private override(src: ModuleSource, config: ConfigFile, file: string): void {
    const missing = (what: string, b: Block) =>
      this.diag({ severity: 'warning', file, line: b.range.start.line, column: b.range.start.column, code: 'OverrideWithoutOriginal', message: `${what} in override file has no original declaration; ignored` });
    for (const b of config.body.items) {
      if (b.kind !== 'block') continue;
      const [l0, l1] = b.labels;
      switch (b.type) {
        case 'resource':
        case 'data': {
          const decl = l0 === undefined || l1 === undefined ? undefined : (b.type === 'data' ? src.data : src.managed).get(l0)?.get(l1);
          if (!decl) {
            missing(`${b.type} "${l0 ?? ''}" "${l1 ?? ''}"`, b);
            break;
          }
          decl.block = mergeBlock(decl.block, b);
          decl.attrs = attrsOf(decl.block.body);
          decl.blockNames = blockNamesOf(decl.block.body);
          break;
        }
        case 'module': {
          const decl = l0 === undefined ? undefined : src.modules.get(l0);
          if (!decl) {
            missing(`module "${l0 ?? ''}"`, b);
            break;
          }
          decl.block = mergeBlock(decl.block, b);
          decl.attrs = attrsOf(decl.block.body);
          break;
        }
        case 'variable':
        case 'output': {
          const table = b.type === 'variable' ? src.variables : src.outputs;
          const decl = l0 === undefined ? undefined : table.get(l0);
          if (!decl) {
            missing(`${b.type} "${l0 ?? ''}"`, b);
            break;
          }
          decl.node = mergeBlock(decl.node, b);
          break;
        }
        case 'provider': {
          const aliasAttr = b.body.items.find((x): x is Attribute => x.kind === 'attribute' && x.name === 'alias');
          const alias = aliasAttr ? constString(aliasAttr.expr) : undefined;
          const key = alias ? `${l0 ?? ''}.${alias}` : (l0 ?? '');
          const decl = src.providers.get(key);
          if (!decl) {
            missing(`provider "${key}"`, b);
            break;
          }
          decl.node = mergeBlock(decl.node, b);
          break;
        }
        case 'locals':
          for (const a of b.body.items) if (a.kind === 'attribute') src.locals.set(a.name, { node: a, file });
          break;
        default:
          break;
      }
    }
  }

  private declare(src: ModuleSource, config: ConfigFile, file: string): void {
    const byEnd = new Map<number, Comment[]>();
    const byLine = new Map<number, Comment[]>();
    for (const c of config.comments) {
      let e = byEnd.get(c.endLine);
      if (!e) byEnd.set(c.endLine, (e = []));
      e.push(c);
      let l = byLine.get(c.line);
      if (!l) byLine.set(c.line, (l = []));
      l.push(c);
    }
    const dup = (what: string, b: Block) =>
      this.diag({ severity: 'error', file, line: b.range.start.line, column: b.range.start.column, code: 'DuplicateDeclaration', message: `duplicate ${what}; the first declaration is used` });
    for (const it of config.body.items) {
      if (it.kind !== 'block') continue;
      const b = it;
      switch (b.type) {
        case 'variable':
          if (b.labels[0] === undefined) break;
          if (src.variables.has(b.labels[0])) dup(`variable "${b.labels[0]}"`, b);
          else src.variables.set(b.labels[0], { node: b, file });
          break;
        case 'output':
          if (b.labels[0] === undefined) break;
          if (src.outputs.has(b.labels[0])) dup(`output "${b.labels[0]}"`, b);
          else src.outputs.set(b.labels[0], { node: b, file });
          break;
        case 'locals':
          for (const a of b.body.items) {
            if (a.kind !== 'attribute') continue;
            if (src.locals.has(a.name)) this.diag({ severity: 'error', file, line: a.range.start.line, column: a.range.start.column, code: 'DuplicateDeclaration', message: `duplicate local value "${a.name}"` });
            else src.locals.set(a.name, { node: a, file });
          }
          break;
        case 'provider': {
          const name = b.labels[0];
          if (name === undefined) break;
          const aliasAttr = b.body.items.find((x): x is Attribute => x.kind === 'attribute' && x.name === 'alias');
          const alias = aliasAttr ? constString(aliasAttr.expr) : undefined;
          const key = alias ? `${name}.${alias}` : name;
          if (!src.providers.has(key)) src.providers.set(key, { node: b, file });
          break;
        }
        case 'module': {
          const name = b.labels[0];
          if (name === undefined) break;
          if (src.modules.has(name)) dup(`module "${name}"`, b);
          else src.modules.set(name, { name, block: b, file, attrs: attrsOf(b.body) });
          break;
        }
        case 'resource':
        case 'data': {
          const [type, name] = b.labels;
          if (type === undefined || name === undefined) break;
          const mode = b.type === 'data' ? 'data' : 'managed';
          const table = mode === 'data' ? src.data : src.managed;
          let byName = table.get(type);
          if (!byName) table.set(type, (byName = new Map()));
          if (byName.has(name)) {
            dup(`${mode === 'data' ? 'data.' : ''}${type}.${name}`, b);
            break;
          }
          const blockNames = blockNamesOf(b.body);
          const diags: Diagnostic[] = [];
          const suppressions = suppressionsFor(b.range.start.line, file, byEnd, byLine, diags);
          diags.forEach((d) => this.diag(d));
          const decl: ResourceDecl = { mode, type, name, block: b, file, attrs: attrsOf(b.body), blockNames, suppressions };
          byName.set(name, decl);
          src.resources.push(decl);
          break;
        }
        default:
          break;
      }
    }
  }

  run(): void {
    const src = this.source(this.rootDir);
    const hasTf = listDir(this.rootDir).some((n) => n.endsWith('.tf'));
    if (!hasTf) {
      this.diag({ severity: 'error', file: this.rootDir, line: 1, code: 'NoTerraformFiles', message: `${this.rootDir} contains no .tf files` });
      return;
    }
    const rootVars = this.rootVariables(src);
    const root = new ModuleInstance(this, src, '', '', rootVars, undefined, 0, [{ absDir: src.absDir, via: '' }]);
    root.collect();
  }

  /** Values for the root module's variables: tfvars files, then var files, then --var. */
  private rootVariables(src: ModuleSource): Map<string, () => unknown> {
    const values = new Map<string, unknown>();
    const files: string[] = [];
    const names = listDir(this.rootDir);
    if (names.includes('terraform.tfvars')) files.push(join(this.rootDir, 'terraform.tfvars'));
    if (names.includes('terraform.tfvars.json')) files.push(join(this.rootDir, 'terraform.tfvars.json'));
    for (const n of names) if (n.endsWith('.auto.tfvars') || n.endsWith('.auto.tfvars.json')) files.push(join(this.rootDir, n));
    for (const f of this.opts.varFiles ?? []) files.push(f);
    for (const f of files) this.readVarFile(f, values);
    for (const [name, text] of Object.entries(this.opts.vars ?? {})) values.set(name, this.cliVar(name, text, src));
    const out = new Map<string, () => unknown>();
    for (const [k, v] of values) out.set(k, () => v);
    return out;
  }

  private readVarFile(file: string, into: Map<string, unknown>): void {
    const diags: Diagnostic[] = [];
    if (!existsSync(file)) {
      this.diag({ severity: 'error', file, line: 1, code: 'VarFileNotFound', message: `variables file ${file} does not exist` });
      return;
    }
    const text = readSource(file, diags);
    diags.forEach((d) => this.diag(d));
    if (text === undefined) return;
    if (file.endsWith('.json')) {
      try {
        const v = JSON.parse(text) as unknown;
        if (!isObj(v)) throw new Error('the top level must be an object');
        for (const [k, x] of Object.entries(v)) into.set(k, x);
      } catch (e) {
        this.diag({ severity: 'error', file, line: 1, code: 'JsonSyntax', message: `${file}: ${(e as Error).message}` });
      }
      return;
    }
    const { config, diagnostics } = parseHcl(text, file);
    diagnostics.forEach((d) => this.diag(d));
    const env = this.constEnv(file);
    for (const it of config.body.items) {
      if (it.kind === 'attribute') into.set(it.name, evaluateValue(it.expr, env));
      else this.diag({ severity: 'error', file, line: it.range.start.line, column: it.range.start.column, code: 'EvaluationError', message: `blocks are not allowed in a variables file (${it.type})` });
    }
  }

  /** `--var name=value`: literal for primitive-typed variables, else parsed as an HCL expression when it is one. */
  private cliVar(name: string, text: string, src: ModuleSource): unknown {
    const decl = src.variables.get(name);
    const type = decl ? typeKeyword(decl.node) : undefined;
    if (type === 'string' || type === 'number' || type === 'bool') return text;
    const { config, diagnostics } = parseHcl(`v = ${text}\n`, `<var ${name}>`);
    const item = config.body.items[0];
    if (diagnostics.length || config.body.items.length !== 1 || item?.kind !== 'attribute') return text;
    const sink: Diagnostic[] = [];
    const env = { ...this.constEnv(`<var ${name}>`), diag: (d: Diagnostic) => sink.push(d) };
    const v = evaluateValue(item.expr, env);
    return sink.length ? text : v;
  }

  /** An environment with no names (variables files, --var). */
  constEnv(file: string): EvalEnv {
    return { file, diag: (d) => this.diag(d), root: () => undefined, fn: this.fnContext(this.rootDir) };
  }

  fnContext(moduleDir: string): FnContext {
    return {
      rootDir: this.rootAbs,
      moduleDir: resolve(moduleDir),
      template: (text, file, vars) => this.template(text, file, vars, moduleDir),
    };
  }

  private readonly templates = new Map<string, Expr>();

  private template(text: string, file: string, vars: Obj, moduleDir: string): unknown {
    let expr = this.templates.get(file + '\0' + text);
    if (!expr) {
      const marker = 'PARAPET_TEMPLATE_END_OF_TEXT';
      const endsNl = text.endsWith('\n');
      const { config, diagnostics } = parseHcl(`t = <<${marker}\n${text}${endsNl ? '' : '\n'}${marker}\n`, file);
      const item = config.body.items[0];
      if (diagnostics.length || item?.kind !== 'attribute') throw new EvalError(`template ${file}: ${diagnostics[0]?.message ?? 'cannot parse'}`);
      expr = item.expr;
      if (!endsNl && expr.type === 'template') {
        const parts = expr.parts.slice();
        const last = parts[parts.length - 1];
        if (last?.type === 'string' && last.value.endsWith('\n')) parts[parts.length - 1] = { type: 'string', value: last.value.slice(0, -1) };
        expr = { ...expr, parts };
      }
      this.templates.set(file + '\0' + text, expr);
    }
    let bind: Binding | undefined;
    for (const [k, v] of Object.entries(vars)) bind = { name: k, value: v, next: bind };
    const env: EvalEnv = { file, diag: (d) => this.diag(d), root: () => undefined, fn: this.fnContext(moduleDir), bind };
    return evalExpr(expr, env);
  }
}

/** `type = string` → `string`; complex types → undefined. */
function typeKeyword(b: Block): string | undefined {
  const t = b.body.items.find((x): x is Attribute => x.kind === 'attribute' && x.name === 'type');
  if (!t) return undefined;
  return t.expr.type === 'variable' ? t.expr.name : 'complex';
}

/** A string literal (quoted without interpolation), or undefined. */
function constString(e: Expr): string | undefined {
  if (e.type === 'literal' && typeof e.value === 'string') return e.value;
  if (e.type === 'template' && e.parts.every((p) => p.type === 'string')) return e.parts.map((p) => (p.type === 'string' ? p.value : '')).join('');
  return undefined;
}

/** `aws.west` / `aws` written as a traversal. */
function traversalText(e: Expr): string | undefined {
  if (e.type === 'variable') return e.name;
  if (e.type === 'getattr') {
    const o = traversalText(e.object);
    return o === undefined ? undefined : `${o}.${e.name}`;
  }
  if (e.type === 'literal' && typeof e.value === 'string') return e.value;
  if (e.type === 'template') return constString(e);
  if (e.type === 'parens') return traversalText(e.expr);
  // `google-beta` reads as a subtraction
  if (e.type === 'binary' && e.op === '-') {
    const l = traversalText(e.left);
    const r = traversalText(e.right);
    return l !== undefined && r !== undefined ? `${l}-${r}` : undefined;
  }
  return undefined;
}

function isLocalSource(s: string): boolean {
  return s.startsWith('./') || s.startsWith('../') || s === '.' || s === '..' || s.startsWith('.\\') || s.startsWith('..\\');
}

// ------------------------------------------------------------------------------------------------ module instances

interface ChainLink {
  absDir: string;
  /** `main.tf:3 module.a` — how this module was reached. */
  via: string;
}

type ProviderMap = Map<string, () => Obj>;

class ModuleInstance {
  private readonly varMemo = new Map<string, unknown>();
  private readonly localMemo = new Map<string, unknown>();
  private readonly outputMemo = new Map<string, unknown>();
  private readonly expansions = new Map<ResourceDecl, Expansion>();
  private readonly instances = new Map<ResourceDecl, Map<string, ResourceInstance>>();
  private readonly children = new Map<string, { expansion: Expansion; instances: Map<string, ModuleInstance>; unavailable?: string }>();
  readonly providers: ProviderMap;
  private readonly providerMemo = new Map<string, Obj>();
  private readonly pathObj: Obj;
  private readonly fn: FnContext;
  private readonly roots = new Map<string, unknown>();

  constructor(
    readonly loader: Loader,
    readonly src: ModuleSource,
    /** `module.net["a"]`, '' for the root. */
    readonly prefix: string,
    /** Module call names without instance keys (`net.sub`), as `terraform init` keys installed modules. */
    readonly callPath: string,
    /** Argument values by variable name (thunks evaluated in the caller's scope). */
    private readonly inputs: Map<string, () => unknown>,
    inherited: ProviderMap | undefined,
    readonly depth: number,
    readonly chain: ChainLink[],
  ) {
    const providers: ProviderMap = new Map(inherited ?? []);
    for (const [key, p] of src.providers) providers.set(key, () => this.providerValues(key, p));
    this.providers = providers;
    const modulePath = relative(loader.rootAbs, src.absDir) || '.';
    this.pathObj = { module: modulePath.split('\\').join('/'), root: '.', cwd: loader.rootAbs };
    this.fn = loader.fnContext(src.dir);
  }

  env(file: string, key?: InstanceKey): EvalEnv {
    return {
      file,
      diag: (d) => this.loader.diag(d),
      root: (name, range) => this.root(name, range),
      fn: this.fn,
      ...(key?.count !== undefined ? { count: key.count } : {}),
      ...(key?.each ? { each: key.each } : {}),
    };
  }

  private addr(rest: string): string {
    return this.prefix ? `${this.prefix}.${rest}` : rest;
  }

  // ------------------------------------------------------------------ names

  private root(name: string, _range: Range): unknown {
    const cached = this.roots.get(name);
    if (cached !== undefined) return cached;
    let v: unknown;
    switch (name) {
      case 'var':
        v = new Lazy('var', (n, r) => this.variable(n, r), () => Object.fromEntries([...this.src.variables.keys()].map((k) => [k, this.variable(k, undefined)])));
        break;
      case 'local':
        v = new Lazy('local', (n, r) => this.local(n, r), () => Object.fromEntries([...this.src.locals.keys()].map((k) => [k, this.local(k, undefined)])));
        break;
      case 'module':
        v = new Lazy('module', (n, r) => this.moduleValue(n, r), () => {
          throw new EvalError('module cannot be used as a value; name a module');
        });
        break;
      case 'data':
        v = new Lazy('data', (type) => this.typeNamespace('data', type), () => {
          throw new EvalError('data cannot be used as a value; name a data source');
        });
        break;
      case 'path':
        v = this.pathObj;
        break;
      case 'terraform':
        v = { workspace: 'default' };
        break;
      default:
        v = this.typeNamespace('managed', name);
    }
    this.roots.set(name, v);
    return v;
  }

  private typeNamespace(mode: 'managed' | 'data', type: string): Lazy {
    const table = mode === 'data' ? this.src.data : this.src.managed;
    const label = mode === 'data' ? `data.${type}` : type;
    return new Lazy(
      label,
      (name, range) => {
        const decl = table.get(type)?.get(name);
        if (!decl) throw new EvalError(`Reference to undeclared ${mode === 'data' ? 'data source' : 'resource'} ${label}.${name}${this.prefix ? ` in ${this.prefix}` : ''}`, range);
        return this.resourceValue(decl);
      },
      () => {
        throw new EvalError(`${label} cannot be used as a value; name a ${mode === 'data' ? 'data source' : 'resource'}`);
      },
    );
  }

  private variable(name: string, range: Range | undefined): unknown {
    if (this.varMemo.has(name)) return this.varMemo.get(name);
    const decl = this.src.variables.get(name);
    if (!decl) throw new EvalError(`Reference to undeclared input variable "${name}"${this.prefix ? ` in ${this.prefix}` : ''}`, range);
    this.varMemo.set(name, new Unknown(`variable var.${name} refers to itself`));
    const attrs = attrsOf(decl.node.body);
    const def = attrs.get('default');
    const defaultValue = () => (def ? this.convertVariable(evaluateValue(def.expr, this.loader.constEnv(decl.file)), decl, attrs) : new Unknown(`variable var.${name} has no value`, []));
    const input = this.inputs.get(name);
    let v: unknown;
    if (input) {
      v = this.convertVariable(input(), decl, attrs);
      // nullable = false: a null argument means the default
      if (v === null && attrs.get('nullable')?.expr.type === 'literal' && (attrs.get('nullable')!.expr as { value: unknown }).value === false) v = defaultValue();
    } else v = defaultValue();
    this.varMemo.set(name, v);
    return v;
  }

  /** Applies the variable's type constraint (primitive conversions, optional() defaults); a mismatch is a diagnostic. */
  private convertVariable(v: unknown, decl: Located<Block>, attrs: Map<string, Attribute>): unknown {
    if (isUnknown(v) || v === null || v === undefined) return v ?? null;
    const t = attrs.get('type');
    if (!t) return v;
    const name = decl.node.labels[0] ?? '';
    try {
      return convert(v, parseType(t.expr), (e) => evaluateValue(e, this.loader.constEnv(decl.file)), `value for variable "${name}"`);
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      const r = decl.node.range.start;
      this.loader.diag({ severity: 'error', file: decl.file, line: r.line, column: r.column, code: 'EvaluationError', message: `${this.prefix ? `${this.prefix}: ` : ''}${e.message}` });
      return new Unknown(`variable var.${name} has an invalid value`);
    }
  }

  private local(name: string, range: Range | undefined): unknown {
    const memo = this.localMemo.get(name);
    if (memo === IN_PROGRESS) {
      const decl = this.src.locals.get(name)!;
      this.loader.diag({ severity: 'error', file: decl.file, line: decl.node.range.start.line, column: decl.node.range.start.column, code: 'EvaluationCycle', message: `local.${name} depends on itself` });
      return new Unknown(`local.${name} depends on itself`);
    }
    if (this.localMemo.has(name)) return memo;
    const decl = this.src.locals.get(name);
    if (!decl) throw new EvalError(`Reference to undeclared local value "${name}"${this.prefix ? ` in ${this.prefix}` : ''}`, range);
    this.localMemo.set(name, IN_PROGRESS);
    const v = evaluate(decl.node.expr, this.env(decl.file));
    this.localMemo.set(name, v);
    return v;
  }

  private output(name: string, range: Range | undefined): unknown {
    const memo = this.outputMemo.get(name);
    if (memo === IN_PROGRESS) {
      const decl = this.src.outputs.get(name)!;
      this.loader.diag({ severity: 'error', file: decl.file, line: decl.node.range.start.line, column: decl.node.range.start.column, code: 'EvaluationCycle', message: `output "${name}" of ${this.prefix} depends on itself` });
      return new Unknown(`output ${name} depends on itself`);
    }
    if (this.outputMemo.has(name)) return memo;
    const decl = this.src.outputs.get(name);
    if (!decl) throw new EvalError(`Unsupported attribute: ${this.prefix} has no output named "${name}"`, range);
    this.outputMemo.set(name, IN_PROGRESS);
    const valueAttr = decl.node.body.items.find((x): x is Attribute => x.kind === 'attribute' && x.name === 'value');
    const v = valueAttr ? evaluate(valueAttr.expr, this.env(decl.file)) : null;
    this.outputMemo.set(name, v);
    return v;
  }

  /** The module instance's outputs as an object. */
  outputsLazy(): Lazy {
    return new Lazy(
      this.prefix,
      (n, r) => this.output(n, r),
      () => Object.fromEntries([...this.src.outputs.keys()].map((k) => [k, this.output(k, undefined)])),
    );
  }

  // ------------------------------------------------------------------ providers

  private providerValues(key: string, p: Located<Block>): Obj {
    const memo = this.providerMemo.get(key);
    if (memo) return memo;
    this.providerMemo.set(key, {});
    const { values } = this.evalBody(p.node.body, this.env(p.file), `provider.${key}`, new Set(['alias', 'version']));
    this.providerMemo.set(key, values);
    return values;
  }

  private providerConfig(decl: ResourceDecl, env: EvalEnv): Obj {
    const pAttr = decl.attrs.get('provider');
    let key: string | undefined;
    if (pAttr) {
      key = traversalText(pAttr.expr);
      if (key === undefined) {
        const r = pAttr.expr.range.start;
        this.loader.diag({ severity: 'error', file: env.file, line: r.line, column: r.column, code: 'EvaluationError', message: 'provider must be a provider reference such as aws.west' });
        return {};
      }
    } else key = decl.type.split('_')[0]!;
    const p = this.providers.get(key);
    if (!p) {
      if (pAttr) {
        const r = pAttr.expr.range.start;
        this.loader.diag({ severity: 'error', file: env.file, line: r.line, column: r.column, code: 'ProviderNotFound', message: `provider configuration ${key} is not declared${this.prefix ? ` in ${this.prefix} or passed to it` : ''}` });
      }
      return {};
    }
    return p();
  }

  // ------------------------------------------------------------------ bodies

  /**
   * Arguments and nested blocks of a body as values (nested blocks → arrays of objects), with the line of
   * each top-level item. `skip`: argument and block names not to include (meta-arguments).
   */
  evalBody(body: Body, env: EvalEnv, address: string, skip: Set<string>, path = ''): { values: Obj; lines: Record<string, number> } {
    const values: Obj = {};
    const lines: Record<string, number> = {};
    const blockTypes: string[] = [];
    for (const it of body.items) {
      if (it.kind === 'attribute') {
        if (skip.has(it.name) || Object.prototype.hasOwnProperty.call(values, it.name)) continue;
        values[it.name] = evaluateValue(it.expr, env);
        lines[it.name] ??= it.range.start.line;
      } else {
        const name = it.type === 'dynamic' ? it.labels[0] : it.type;
        if (name === undefined || skip.has(name) || META_BLOCKS.has(it.type)) continue;
        if (!blockTypes.includes(name)) blockTypes.push(name);
        lines[name] ??= it.range.start.line;
      }
    }
    for (const name of blockTypes) values[name] = this.evalBlocks(body, name, env, address, path ? `${path}.${name}` : name);
    return { values, lines };
  }

  /** All nested blocks named `name` in `body` (static and dynamic, in order) as a list of objects. */
  evalBlocks(body: Body, name: string, env: EvalEnv, address: string, path: string): unknown {
    const out: unknown[] = [];
    const unknowns: Unknown[] = [];
    for (const it of body.items) {
      if (it.kind !== 'block') continue;
      if (it.type === name && it.type !== 'dynamic') {
        const { values } = this.evalBody(it.body, env, address, new Set(), `${path}[${out.length}]`);
        markComputed(values, address, `${path}[${out.length}]`);
        out.push(values);
      } else if (it.type === 'dynamic' && it.labels[0] === name) {
        const r = this.expandDynamic(it, env, address, path, out.length);
        if (isUnknown(r)) unknowns.push(r);
        else out.push(...r);
      }
    }
    if (unknowns.length) {
      const refs = new Set<string>();
      for (const u of unknowns) for (const x of u.refs) refs.add(x);
      return new Unknown(`dynamic "${name}" blocks of ${address} depend on ${unknowns[0]!.reason}`, [...refs]);
    }
    return out;
  }

  private expandDynamic(b: Block, env: EvalEnv, address: string, path: string, start: number): unknown[] | Unknown {
    const attrs = attrsOf(b.body);
    const fe = attrs.get('for_each');
    const content = b.body.items.find((x): x is Block => x.kind === 'block' && x.type === 'content');
    if (!fe || !content) {
      const r = b.range.start;
      this.loader.diag({ severity: 'error', file: env.file, line: r.line, column: r.column, code: 'EvaluationError', message: `dynamic "${b.labels[0] ?? ''}" needs for_each and a content block` });
      return [];
    }
    const iterAttr = attrs.get('iterator');
    const iter = (iterAttr && traversalText(iterAttr.expr)) ?? b.labels[0]!;
    const coll = materialize(evaluate(fe.expr, env));
    if (isUnknown(coll)) return coll;
    let items: Array<[unknown, unknown]>;
    if (Array.isArray(coll)) items = coll.map((v, i) => [i, v]);
    else if (isObj(coll)) items = sortedKeys(coll).map((k) => [k, coll[k]]);
    else if (coll === null) items = [];
    else {
      const r = fe.expr.range.start;
      this.loader.diag({ severity: 'error', file: env.file, line: r.line, column: r.column, code: 'EvaluationError', message: `dynamic "${b.labels[0] ?? ''}": for_each must be a collection` });
      return [];
    }
    const out: unknown[] = [];
    for (const [k, v] of items) {
      const inner: EvalEnv = { ...env, bind: { name: iter, value: { key: k, value: v }, next: env.bind } };
      const p = `${path}[${start + out.length}]`;
      const { values } = this.evalBody(content.body, inner, address, new Set(), p);
      markComputed(values, address, p);
      out.push(values);
    }
    return out;
  }

  // ------------------------------------------------------------------ expansion

  private expand(attrs: Map<string, Attribute>, file: string, what: string, line: number): Expansion {
    const countA = attrs.get('count');
    const eachA = attrs.get('for_each');
    const env = this.env(file);
    if (countA) {
      const v = materialize(evaluate(countA.expr, env));
      if (isUnknown(v)) return this.unknownExpansion(v, 'count', file, what, line);
      try {
        if (v === null) throw new EvalError('Invalid count argument: the value must not be null');
        const n = toNum(v, 'count argument');
        if (!Number.isInteger(n) || n < 0) throw new EvalError(`Invalid count argument: must be a whole number ≥ 0, got ${n}`);
        if (n > MAX_INSTANCES) throw new EvalError(`Invalid count argument: ${n} instances is more than the ${MAX_INSTANCES} evaluated offline`);
        return { kind: 'count', keys: Array.from({ length: n }, (_, i) => ({ key: i, count: i })) };
      } catch (e) {
        return this.expansionError(e, countA, file);
      }
    }
    if (eachA) {
      const v = materialize(evaluate(eachA.expr, env));
      if (isUnknown(v)) return this.unknownExpansion(v, 'for_each', file, what, line);
      try {
        if (v === null) throw new EvalError('Invalid for_each argument: the value must not be null');
        if (isObj(v)) return { kind: 'each', keys: sortedKeys(v).map((k) => ({ key: k, each: { key: k, value: v[k] } })) };
        if (Array.isArray(v)) {
          const u = v.find(isUnknown);
          if (u) return this.unknownExpansion(u, 'for_each', file, what, line);
          const keys = [...new Set(v.map((x) => {
            if (typeof x !== 'string') throw new EvalError('Invalid for_each set argument: a set of strings is required');
            return x;
          }))].sort();
          return { kind: 'each', keys: keys.map((k) => ({ key: k, each: { key: k, value: k } })) };
        }
        throw new EvalError('Invalid for_each argument: a map or a set of strings is required');
      } catch (e) {
        return this.expansionError(e, eachA, file);
      }
    }
    return { kind: 'single' };
  }

  private unknownExpansion(u: Unknown, by: 'count' | 'for_each', file: string, what: string, line: number): Expansion {
    this.loader.diag({ severity: 'warning', file, line, code: 'UnknownInstances', message: `${by} of ${what} is not known before apply (${u.reason}); evaluating one instance without key` });
    return { kind: 'unknown', unknown: u, by };
  }

  private expansionError(e: unknown, a: Attribute, file: string): Expansion {
    if (!(e instanceof EvalError)) throw e;
    const r = a.expr.range.start;
    this.loader.diag({ severity: 'error', file, line: r.line, column: r.column, code: 'EvaluationError', message: e.message });
    return { kind: 'error', unknown: new Unknown(e.message) };
  }

  private instanceKeys(exp: Expansion): InstanceKey[] {
    switch (exp.kind) {
      case 'single':
        return [{}];
      case 'count':
      case 'each':
        return exp.keys;
      case 'unknown': {
        const u = new Unknown(`${exp.by === 'count' ? 'count.index' : 'each.key'} is not known (${exp.unknown.reason})`, exp.unknown.refs);
        return [exp.by === 'count' ? { count: u } : { each: { key: u, value: u } }];
      }
      case 'error':
        return [];
    }
  }

  // ------------------------------------------------------------------ resources

  private readonly expanding = new Set<ResourceDecl>();

  private resourceExpansion(decl: ResourceDecl): Expansion {
    let exp = this.expansions.get(decl);
    if (!exp) {
      this.expanding.add(decl);
      exp = this.expand(decl.attrs, decl.file, this.baseAddress(decl), decl.block.range.start.line);
      this.expanding.delete(decl);
      this.expansions.set(decl, exp);
    }
    return exp;
  }

  baseAddress(decl: ResourceDecl): string {
    return this.addr(decl.mode === 'data' ? `data.${decl.type}.${decl.name}` : `${decl.type}.${decl.name}`);
  }

  private resourceInstances(decl: ResourceDecl): Map<string, ResourceInstance> {
    let m = this.instances.get(decl);
    if (m) return m;
    m = new Map();
    this.instances.set(decl, m);
    const base = this.baseAddress(decl);
    for (const k of this.instanceKeys(this.resourceExpansion(decl))) {
      const address = k.key === undefined ? base : base + keyText(k.key);
      m.set(address, new ResourceInstance(this, decl, address, k));
    }
    return m;
  }

  /** `aws_s3_bucket.b` as a value: one instance, a list (count) or a map (for_each) of instances. */
  private readonly resourceValues = new Map<ResourceDecl, unknown>();

  private resourceValue(decl: ResourceDecl): unknown {
    if (this.resourceValues.has(decl)) return this.resourceValues.get(decl);
    if (this.expanding.has(decl)) {
      const at = (decl.attrs.get('count') ?? decl.attrs.get('for_each'))?.range.start ?? decl.block.range.start;
      this.loader.diag({ severity: 'error', file: decl.file, line: at.line, column: at.column, code: 'EvaluationCycle', message: `the instances of ${this.baseAddress(decl)} depend on the resource itself` });
      return new Unknown(`instances of ${this.baseAddress(decl)} depend on themselves`, [this.baseAddress(decl)]);
    }
    const v = this.computeResourceValue(decl);
    this.resourceValues.set(decl, v);
    return v;
  }

  private computeResourceValue(decl: ResourceDecl): unknown {
    const exp = this.resourceExpansion(decl);
    const insts = [...this.resourceInstances(decl).values()];
    switch (exp.kind) {
      case 'single':
        return insts[0]!.lazy;
      case 'count':
        return insts.map((i) => i.lazy);
      case 'each': {
        const o: Obj = {};
        insts.forEach((inst, i) => (o[String(exp.keys[i]!.key)] = inst.lazy));
        return o;
      }
      case 'unknown':
        return new Unknown(`instances of ${this.baseAddress(decl)} are not known before apply`, [this.baseAddress(decl)]);
      case 'error':
        return exp.unknown;
    }
  }

  providerConfigFor(decl: ResourceDecl, env: EvalEnv): Obj {
    return this.providerConfig(decl, env);
  }

  // ------------------------------------------------------------------ modules

  private moduleCall(name: string): { expansion: Expansion; instances: Map<string, ModuleInstance>; unavailable?: string } {
    const cached = this.children.get(name);
    if (cached) return cached;
    const entry: { expansion: Expansion; instances: Map<string, ModuleInstance>; unavailable?: string } = { expansion: { kind: 'single' }, instances: new Map() };
    this.children.set(name, entry);
    // while the call expands (count / for_each / arguments), references to it are a cycle
    entry.unavailable = `${this.addr(`module.${name}`)} depends on itself`;
    this.fillModuleCall(name, entry);
    if (entry.unavailable === `${this.addr(`module.${name}`)} depends on itself`) delete entry.unavailable;
    return entry;
  }

  private fillModuleCall(name: string, entry: { expansion: Expansion; instances: Map<string, ModuleInstance>; unavailable?: string }): void {
    const decl = this.src.modules.get(name)!;
    const line = decl.block.range.start.line;
    const base = this.addr(`module.${name}`);
    const via = `${decl.file}:${line} ${base}`;
    const srcAttr = decl.attrs.get('source');
    const source = srcAttr ? constString(srcAttr.expr) : undefined;
    if (source === undefined) {
      this.loader.diag({ severity: 'error', file: decl.file, line, code: 'ModuleNotFound', message: `${base}: source must be a literal string` });
      entry.unavailable = `${base} has no usable source`;
      return;
    }
    const callPath = this.callPath ? `${this.callPath}.${name}` : name;
    const installed = isLocalSource(source) ? undefined : this.loader.installedModule(callPath);
    if (!isLocalSource(source) && !installed) {
      this.loader.diag({ severity: 'warning', file: decl.file, line, code: 'ModuleNotLocal', message: `${base}: source "${source}" is not a local path; the module is not scanned and its outputs are unknown` });
      entry.unavailable = `${base} comes from "${source}", which is not scanned offline`;
      return;
    }
    const dir = installed ?? join(this.src.dir, source);
    if (!isDir(dir)) {
      this.loader.diag({ severity: 'error', file: decl.file, line, code: 'ModuleNotFound', message: `${base}: module directory ${dir} (source "${source}") does not exist` });
      entry.unavailable = `${base}: module directory ${dir} does not exist`;
      return;
    }
    const absDir = resolve(dir);
    const at = this.chain.findIndex((c) => c.absDir === absDir);
    if (at >= 0) {
      const path = [...this.chain.slice(Math.max(at, 1)).map((c) => c.via), via];
      const head = at === 0 ? [`${this.loader.rootDir} (root)`] : [];
      this.loader.diag({ severity: 'error', file: decl.file, line, code: 'ModuleCycle', message: `module cycle: ${[...head, ...path].join(' → ')} → back to ${dir}` });
      entry.unavailable = `${base} is part of a module cycle`;
      return;
    }
    if (this.depth + 1 > MAX_MODULE_DEPTH) {
      this.loader.diag({ severity: 'error', file: decl.file, line, code: 'ModuleDepthExceeded', message: `${base}: modules nested deeper than ${MAX_MODULE_DEPTH} levels are not evaluated` });
      entry.unavailable = `${base} is nested too deep`;
      return;
    }
    const src = this.loader.source(dir);
    entry.expansion = this.expand(decl.attrs, decl.file, base, line);
    const providers = this.childProviders(decl);
    for (const k of this.instanceKeys(entry.expansion)) {
      const prefix = k.key === undefined ? base : base + keyText(k.key);
      const env = this.env(decl.file, k);
      const inputs = new Map<string, () => unknown>();
      for (const [argName, a] of decl.attrs) {
        if (MODULE_META.has(argName)) continue;
        if (!src.variables.has(argName)) {
          const r = a.range.start;
          this.loader.diag({ severity: 'error', file: decl.file, line: r.line, column: r.column, code: 'EvaluationError', message: `${prefix}: the module has no variable named "${argName}"` });
          continue;
        }
        inputs.set(argName, () => evaluate(a.expr, env));
      }
      const child = new ModuleInstance(this.loader, src, prefix, callPath, inputs, providers, this.depth + 1, [...this.chain, { absDir, via }]);
      entry.instances.set(prefix, child);
    }
  }

  private childProviders(decl: ModuleDecl): ProviderMap {
    const pa = decl.attrs.get('providers');
    if (!pa) return this.providers;
    const out: ProviderMap = new Map();
    if (pa.expr.type !== 'object') {
      const r = pa.expr.range.start;
      this.loader.diag({ severity: 'error', file: decl.file, line: r.line, column: r.column, code: 'EvaluationError', message: 'providers must be an object such as { aws = aws.west }' });
      return out;
    }
    for (const item of pa.expr.items) {
      const to = traversalText(item.key);
      const from = traversalText(item.value);
      if (to === undefined || from === undefined) continue;
      const p = this.providers.get(from);
      if (p) out.set(to, p);
      else {
        const r = item.value.range.start;
        this.loader.diag({ severity: 'error', file: decl.file, line: r.line, column: r.column, code: 'ProviderNotFound', message: `provider configuration ${from} is not declared${this.prefix ? ` in ${this.prefix} or passed to it` : ''}` });
      }
    }
    return out;
  }

  private moduleValue(name: string, range: Range | undefined): unknown {
    if (!this.src.modules.has(name)) throw new EvalError(`Reference to undeclared module "${name}"${this.prefix ? ` in ${this.prefix}` : ''}`, range);
    const call = this.moduleCall(name);
    if (call.unavailable) {
      const reason = call.unavailable;
      const unavailable: Lazy = new Lazy(
        `module.${name}`,
        () => new Unknown(reason),
        () => new Unknown(reason),
      );
      return unavailable;
    }
    const insts = [...call.instances.values()];
    const exp = call.expansion;
    switch (exp.kind) {
      case 'single':
        return insts[0]!.outputsLazy();
      case 'count':
        return insts.map((i) => i.outputsLazy());
      case 'each': {
        const o: Obj = {};
        insts.forEach((inst, i) => (o[String(exp.keys[i]!.key)] = inst.outputsLazy()));
        return o;
      }
      case 'unknown':
        return new Unknown(`instances of ${this.addr(`module.${name}`)} are not known before apply`);
      case 'error':
        return exp.unknown;
    }
  }

  // ------------------------------------------------------------------ collection

  /** Emits every resource instance of this module instance and its children, in declaration order. */
  collect(): void {
    for (const decl of this.src.resources) for (const inst of this.resourceInstances(decl).values()) this.loader.resources.push(inst.toResource());
    for (const name of this.src.modules.keys()) for (const child of this.moduleCall(name).instances.values()) child.collect();
  }
}

// ------------------------------------------------------------------------------------------------ resource instances

class ResourceInstance {
  private readonly memo = new Map<string, unknown>();
  readonly env: EvalEnv;
  readonly lazy: Lazy;
  private policy?: { json: unknown; minified_json: unknown };

  constructor(
    readonly mod: ModuleInstance,
    readonly decl: ResourceDecl,
    readonly address: string,
    key: InstanceKey,
  ) {
    this.env = mod.env(decl.file, key);
    this.lazy = new Lazy(address, (n) => this.read(n), () => this.whole());
  }

  /** An argument or nested block as written; undefined when the configuration does not set it. */
  private written(name: string): unknown {
    const d = this.decl;
    if (this.memo.has(name)) {
      const v = this.memo.get(name);
      if (v !== IN_PROGRESS) return v;
      const at = d.attrs.get(name)?.range.start ?? d.block.range.start;
      this.mod.loader.diag({ severity: 'error', file: d.file, line: at.line, column: at.column, code: 'EvaluationCycle', message: `${this.address}.${name} depends on itself` });
      return new Unknown(`${this.address}.${name} depends on itself`, [this.address]);
    }
    let v: unknown;
    this.memo.set(name, IN_PROGRESS);
    const a = d.attrs.get(name);
    if (a && !META_ATTRS.has(name)) v = evaluateValue(a.expr, this.env);
    else if (d.blockNames.has(name)) v = this.mod.evalBlocks(d.block.body, name, this.env, this.address, name);
    this.memo.set(name, v);
    return v;
  }

  /** `aws_s3_bucket.b.<name>`. */
  private read(name: string): unknown {
    const d = this.decl;
    if (d.mode === 'data') {
      if (d.type === 'aws_iam_policy_document' && (name === 'json' || name === 'minified_json')) return this.policyDocument()[name];
      if (d.type === 'aws_partition' && name === 'partition') return 'aws';
      return new Unknown(`data source ${this.address} is read at apply`, [this.address]);
    }
    if ((d.attrs.has(name) && !META_ATTRS.has(name)) || d.blockNames.has(name)) return this.written(name);
    return this.derived(name) ?? new Unknown(`computed attribute ${this.address}.${name}`, [this.address]);
  }

  /**
   * Computed attributes the provider documents as plain functions of written ones, so policies that name
   * `"${aws_s3_bucket.b.arn}/*"` stay known: an S3 bucket's `id` is its name and its ARN `arn:aws:s3:::<name>`
   * (the commercial partition); an IAM role's, user's or group's `id` is its name.
   */
  private derived(name: string): string | undefined {
    const d = this.decl;
    const written = (attr: string) => {
      if (!d.attrs.has(attr)) return undefined;
      const v = this.written(attr);
      return typeof v === 'string' ? v : undefined;
    };
    if (d.type === 'aws_s3_bucket') {
      const bucket = written('bucket');
      if (bucket === undefined) return undefined;
      if (name === 'id') return bucket;
      if (name === 'arn') return `arn:aws:s3:::${bucket}`;
      return undefined;
    }
    if ((d.type === 'aws_iam_role' || d.type === 'aws_iam_user' || d.type === 'aws_iam_group') && name === 'id') return written('name');
    return undefined;
  }

  private policyDocument(): { json: unknown; minified_json: unknown } {
    if (this.policy) return this.policy;
    this.policy = { json: new Unknown(`${this.address} depends on itself`, [this.address]), minified_json: new Unknown(`${this.address} depends on itself`, [this.address]) };
    try {
      this.policy = renderPolicyDocument(this.values().values, this.address);
    } catch (e) {
      if (!(e instanceof EvalError)) throw e;
      const r = this.decl.block.range.start;
      this.mod.loader.diag({ severity: 'error', file: this.decl.file, line: r.line, column: r.column, code: 'EvaluationError', message: `${this.address}: ${e.message}` });
      const u = new Unknown(e.message, [this.address]);
      this.policy = { json: u, minified_json: u };
    }
    return this.policy;
  }

  private whole(): unknown {
    if (this.decl.mode === 'data') {
      if (this.decl.type === 'aws_iam_policy_document') return { ...this.values().values, ...this.policyDocument() };
      return new Unknown(`data source ${this.address} is read at apply`, [this.address]);
    }
    return { ...this.values().values, id: this.derived('id') ?? new Unknown(`computed attribute ${this.address}.id`, [this.address]) };
  }

  private cached?: { values: Obj; lines: Record<string, number> };

  values(): { values: Obj; lines: Record<string, number> } {
    if (this.cached) return this.cached;
    const values: Obj = {};
    const lines: Record<string, number> = {};
    for (const it of this.decl.block.body.items) {
      const name = it.kind === 'attribute' ? it.name : it.type === 'dynamic' ? it.labels[0] : it.type;
      if (name === undefined) continue;
      if (it.kind === 'attribute' ? META_ATTRS.has(name) : META_BLOCKS.has(it.type)) continue;
      if (!(name in lines)) lines[name] = it.range.start.line;
      if (!Object.prototype.hasOwnProperty.call(values, name)) values[name] = this.written(name);
    }
    this.cached = { values, lines };
    return this.cached;
  }

  toResource(): IacResource {
    const { values, lines } = this.values();
    const d = this.decl;
    return {
      type: d.type,
      mode: d.mode,
      address: this.address,
      module: this.mod.prefix,
      name: d.name,
      root: this.mod.loader.rootDir,
      file: d.file,
      line: d.block.range.start.line,
      values,
      lines,
      suppressions: d.suppressions.map((s) => ({ ...s })),
      providerConfig: this.mod.providerConfigFor(d, this.env),
    };
  }
}

// ------------------------------------------------------------------------------------------------ API

/** Evaluates the root module in `dir` (with its local modules) into resource instances. Never throws for bad input. */
export function loadTerraformRoot(dir: string, opts: TerraformOptions = {}): SourceResult {
  const loader = new Loader(dir, opts);
  if (!isDir(dir)) {
    return { resources: [], diagnostics: [{ severity: 'error', file: dir, line: 1, code: 'NoTerraformFiles', message: `${dir} is not a directory` }] };
  }
  try {
    loader.run();
  } catch (e) {
    // A defect, not bad input: keep what was evaluated and say so instead of failing the scan.
    loader.diag({ severity: 'error', file: dir, line: 1, code: 'InternalError', message: `evaluation of ${dir} stopped: ${(e as Error).message}` });
  }
  return { resources: loader.resources, diagnostics: loader.diagnostics };
}

/**
 * Root modules under a path: directories with *.tf files that no other directory under `path` uses as a
 * local module source; skips .terraform, .git, node_modules. A path that is itself a directory with .tf
 * files and not used as a module is a root.
 */
export function findTerraformRoots(path: string): string[] {
  const withTf: string[] = [];
  const used = new Set<string>();
  const walk = (dir: string, depth: number) => {
    if (depth > 64) return;
    const names = listDir(dir);
    let hasTf = false;
    for (const n of names) {
      const p = join(dir, n);
      if (n.endsWith('.tf') && isFile(p)) {
        hasTf = true;
        for (const s of localModuleSources(p)) used.add(resolve(dir, s));
      }
    }
    if (hasTf) withTf.push(dir);
    for (const n of names) {
      if (SKIP_DIRS.has(n)) continue;
      const p = join(dir, n);
      if (isDir(p)) walk(p, depth + 1);
    }
  };
  if (!isDir(path)) return [];
  walk(path, 0);
  return withTf.filter((d) => !used.has(resolve(d))).sort();
}

function localModuleSources(file: string): string[] {
  const diags: Diagnostic[] = [];
  const text = readSource(file, diags);
  if (text === undefined || !/\bmodule\b/.test(text)) return [];
  const { config } = parseHcl(text, file);
  const out: string[] = [];
  for (const it of config.body.items) {
    if (it.kind !== 'block' || it.type !== 'module') continue;
    const src = it.body.items.find((x): x is Attribute => x.kind === 'attribute' && x.name === 'source');
    const s = src ? constString(src.expr) : undefined;
    if (s !== undefined && isLocalSource(s)) out.push(s);
  }
  return out;
}
