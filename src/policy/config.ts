/**
 * The project config file `parapet.yaml`: targets, rule selection, suppressions (with owner and expiry),
 * classification and output defaults. `loadConfig` reads and validates it and reports every problem at once,
 * each with file:line:column and the YAML key it is about; a config is returned only when there is no error.
 *
 * Unknown keys are errors everywhere (a misspelt `supressions:` must not silently drop every exception).
 * Plain scalars that YAML would read as numbers or booleans are kept as the text written where a string is
 * expected, so `accounts: [012345678901]` keeps its leading zero and `until: 2027-03-31` stays a date string.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, visit, type Document, type Pair } from 'yaml';
import { z } from 'zod';
import { builtinFrameworks } from '../compliance/registry.js';
import { SEVERITIES, isSeverity, severityRank, type Severity } from '../core/verdict.js';
import { FORMATS } from '../report/index.js';
import type { LoadedConfig, ParapetConfig, PolicyDiagnostic, SuppressionSpec } from './types.js';

export { CONFIG_NAMES, findConfig } from './find-config.js';

/** Formats `output.format` accepts: the scan report formats plus the HTML report. */
export const CONFIG_FORMATS: readonly string[] = [...FORMATS, 'html'];

/** A suppression may not hold longer than this many years ahead without a `LongSuppression` warning. */
export const MAX_SUPPRESSION_YEARS = 3;

/** Larger files are refused (`FileTooLarge`): a config file is a few kilobytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export interface LoadConfigOptions {
  /** Today, for the `LongSuppression` check (default: now). */
  now?: Date;
}

/**
 * Reads and validates a parapet.yaml (sync). Diagnostics: `NotFound`, `FileTooLarge`, `YamlSyntax` (then
 * nothing else is checked), `Schema`, `UnknownKey`, `UnknownFramework`, and the warning `LongSuppression`.
 * All errors are collected, sorted by position. `config` is present only when there is no error; its paths
 * (`rules.custom`, `output.db`) are resolved against the file's folder.
 */
export function loadConfig(path: string, options: LoadConfigOptions = {}): LoadedConfig {
  const abs = resolve(path);
  const file = displayPath(path);
  let text: string;
  try {
    const st = statSync(abs);
    if (st.isDirectory()) return { path: abs, diagnostics: [fileDiag(file, 'NotFound', `${file} is a folder, not a parapet.yaml file.`)] };
    if (st.size > MAX_CONFIG_BYTES) {
      return { path: abs, diagnostics: [fileDiag(file, 'FileTooLarge', `the file is ${st.size} bytes; a parapet.yaml may be at most ${MAX_CONFIG_BYTES} bytes.`)] };
    }
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const why = err.code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${err.message})`;
    return { path: abs, diagnostics: [fileDiag(file, 'NotFound', `${why}.`)] };
  }
  return { path: abs, ...checkConfigText(text, { path: abs, file, now: options.now }) };
}

/**
 * Validates parapet.yaml text as if read from `path` (absolute: paths resolve against its folder; `file` is the
 * name diagnostics and suppression sources carry). What `loadConfig` does after reading the file.
 */
export function checkConfigText(text: string, where: { path: string; file: string; now?: Date }): Omit<LoadedConfig, 'path'> {
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, schema: 'core', uniqueKeys: true });
  const ctx: Ctx = { doc, lc, file: where.file };
  const diagnostics: PolicyDiagnostic[] = [];
  for (const e of doc.errors) {
    const why = e.code === 'MULTIPLE_DOCS' ? 'a parapet.yaml holds one YAML document; remove the "---" separator and what follows or merge it' : e.message.replace(/\.$/, '');
    diagnostics.push(atOffset(ctx, e.pos[0], 'error', 'YamlSyntax', `invalid YAML: ${why}.`));
  }
  for (const w of doc.warnings) diagnostics.push(atOffset(ctx, w.pos[0], 'warning', 'YamlSyntax', `${w.message}.`));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: sortDiagnostics(diagnostics) };

  keepScalarText(doc);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: 1000 });
  } catch (e) {
    diagnostics.push(atOffset(ctx, 0, 'error', 'YamlSyntax', `invalid YAML: ${(e as Error).message}.`));
    return { diagnostics: sortDiagnostics(diagnostics) };
  }

  const schema = configSchema();
  const parsed = schema.safeParse(raw);
  if (!parsed.success) for (const issue of parsed.error.issues) diagnostics.push(...issueDiagnostics(ctx, schema, raw, issue));
  diagnostics.push(...selectorErrors(ctx, raw), ...longSuppressionWarnings(ctx, raw, where.now ?? new Date()));

  let config: ParapetConfig | undefined;
  if (parsed.success && !diagnostics.some((d) => d.severity === 'error')) {
    config = buildConfig(parsed.data, ctx, dirname(where.path));
    diagnostics.push(...duplicateIdErrors(ctx, config.suppressions));
  }
  const sorted = sortDiagnostics(diagnostics);
  return sorted.some((d) => d.severity === 'error') ? { diagnostics: sorted } : { config, diagnostics: sorted };
}

/**
 * The id of a suppression written without one: `sup-` + the first 8 hex digits of the sha256 of its canonical
 * selector content (rule, asset, finding, sorted accounts, sorted regions, sorted tags; empty lists count as
 * absent). Two suppressions that select the same findings get the same id.
 */
export function suppressionId(s: Pick<SuppressionSpec, 'rule' | 'asset' | 'finding' | 'accounts' | 'regions' | 'tags'>): string {
  const sortedList = (l?: string[]): string[] | null => (l && l.length ? [...new Set(l)].sort() : null);
  const tags = s.tags && Object.keys(s.tags).length ? Object.entries(s.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : null;
  const canonical = JSON.stringify({
    rule: s.rule ?? null,
    asset: s.asset ?? null,
    finding: s.finding ?? null,
    accounts: sortedList(s.accounts),
    regions: sortedList(s.regions),
    tags,
  });
  return `sup-${createHash('sha256').update(canonical).digest('hex').slice(0, 8)}`;
}

/** `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The path as the user should read it: relative to the working directory when inside it, else as given. */
export function displayPath(path: string): string {
  if (!isAbsolute(path)) return path;
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

// ---------------------------------------------------------------------------------------------------------------
// Schema

const AWS_ACCOUNT = /^\d{12}$/;
const AWS_REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;
const AWS_ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]+$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const GCP_PROJECT = /^([a-z][a-z0-9-]{4,28}[a-z0-9]|\d{6,19})$/;
const FINDING_ID = /^[0-9a-f]{32}$/i;
const SUPPRESSION_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const PROVIDERS = ['aws', 'azure', 'gcp'] as const;

/** Absent or empty (`key:` with nothing after it) — both mean "not set". */
function opt<T extends z.ZodType>(s: T) {
  return z.preprocess((v) => (v === null ? undefined : v), s.optional()).optional();
}

/** A non-empty string (trimmed). */
function text(what: string) {
  return z.string({ error: what }).trim().min(1, { error: what });
}

function pattern(re: RegExp, what: string) {
  return z.string({ error: what }).trim().regex(re, { error: what });
}

function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item, { error: `a list of ${what}` });
}

function obj<T extends z.core.$ZodLooseShape>(shape: T, what: string) {
  return z.strictObject(shape, { error: what });
}

/** `organizations/123` or `123` → `organizations/123` (same for folders). */
function gcpParent(kind: 'organizations' | 'folders', what: string) {
  return pattern(new RegExp(`^(${kind}/)?\\d+$`), what).transform((v) => `${kind}/${v.replace(`${kind}/`, '')}`);
}

/** `medium+` → medium and above; a single severity → a list of it; lists pass through. */
function normalizeSeverity(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.trim();
  const m = /^([a-z]+)\+$/.exec(s);
  if (m && isSeverity(m[1]!)) return SEVERITIES.filter((x) => severityRank(x) >= severityRank(m[1] as Severity));
  return isSeverity(s) ? [s] : v;
}

const DATE_TEXT = 'a date YYYY-MM-DD';

function configSchema() {
  const frameworkIds = builtinFrameworks().map((f) => f.id);
  const known = new Set(frameworkIds);
  const severity = z.enum(SEVERITIES, { error: `a severity (${SEVERITIES.join(', ')})` });
  const accountId = pattern(AWS_ACCOUNT, 'a 12-digit AWS account id');
  const ruleGlob = text('a rule id or glob like aws.s3.*');

  const aws = obj(
    {
      profile: opt(text('an AWS profile name')),
      roleArn: opt(pattern(AWS_ROLE_ARN, 'an IAM role ARN like arn:aws:iam::123456789012:role/ParapetAudit')),
      externalId: opt(text('an external id')),
      organization: opt(z.boolean({ error: 'true or false' })),
      memberRole: opt(text('the name of the role to assume in member accounts')),
      accounts: opt(list(accountId, '12-digit AWS account ids')),
      excludeAccounts: opt(list(accountId, '12-digit AWS account ids')),
      regions: opt(list(pattern(AWS_REGION, 'an AWS region name like us-east-1'), 'AWS region names')),
      services: opt(list(text('a service name like s3'), 'service names')),
    },
    'a mapping of AWS target settings',
  );
  const azure = obj(
    {
      subscriptions: opt(list(pattern(UUID, 'a subscription id (a UUID)'), 'subscription ids')),
      managementGroup: opt(text('a management group name')),
      tenantId: opt(pattern(UUID, 'a tenant id (a UUID)')),
    },
    'a mapping of Azure target settings',
  );
  const gcp = obj(
    {
      organization: opt(gcpParent('organizations', 'an organization id (digits, or organizations/<digits>)')),
      folders: opt(list(gcpParent('folders', 'a folder id (digits, or folders/<digits>)'), 'folder ids')),
      projects: opt(list(pattern(GCP_PROJECT, 'a project id (6-30 lower-case letters, digits, hyphens) or project number'), 'project ids')),
    },
    'a mapping of Google Cloud target settings',
  );

  const rules = obj(
    {
      include: opt(list(ruleGlob, 'rule ids or globs')),
      exclude: opt(list(ruleGlob, 'rule ids or globs')),
      severity: opt(z.preprocess(normalizeSeverity, list(severity, `severities, or a threshold like "medium+"`))),
      frameworks: opt(
        list(
          z.string({ error: 'a framework id' }).refine((id) => known.has(id), {
            error: `a known framework id (one of: ${frameworkIds.join(', ')})`,
            params: { code: 'UnknownFramework' },
          }),
          'framework ids',
        ),
      ),
      providers: opt(list(z.enum(PROVIDERS, { error: `a provider (${PROVIDERS.join(', ')})` }), 'providers')),
      custom: opt(list(text('a path to a custom rule file or folder'), 'paths of custom rule files or folders')),
    },
    'a mapping of rule selection settings',
  );

  const suppression = obj(
    {
      id: opt(pattern(SUPPRESSION_ID, 'an id of letters, digits, ".", "_" or "-"')),
      rule: opt(ruleGlob),
      asset: opt(text('an asset id or glob like arn:aws:s3:::legacy-*')),
      finding: opt(pattern(FINDING_ID, 'a finding id (32 hex digits)').transform((v) => v.toLowerCase())),
      accounts: opt(list(text('an account, subscription or project id'), 'account, subscription or project ids')),
      regions: opt(list(text('a region name'), 'region names')),
      tags: opt(z.record(z.string(), text('a tag value, or "*" for any value'), { error: 'a mapping of tag name to value' })),
      reason: text('a non-empty reason saying why the risk is accepted'),
      owner: text('a non-empty owner who answers for the accepted risk'),
      until: z.string({ error: DATE_TEXT }).trim().refine(isIsoDate, { error: DATE_TEXT }),
    },
    'a suppression: a mapping with reason, owner, until and at least one of rule, asset, finding',
  );

  const tagValues = z.preprocess((v) => (typeof v === 'string' ? [v] : v), list(text('a tag value, or "*" for any value'), 'tag values'));
  const classification = obj(
    {
      sensitive: opt(
        obj(
          {
            tags: opt(z.record(z.string(), tagValues, { error: 'a mapping of tag name to accepted values' })),
            names: opt(list(text('an asset name glob like *-pii-*'), 'asset name globs')),
          },
          'a mapping with tags and names',
        ),
      ),
    },
    'a mapping of classification settings',
  );

  const output = obj(
    {
      format: opt(z.enum(CONFIG_FORMATS as [string, ...string[]], { error: `a report format (${CONFIG_FORMATS.join(', ')})` })),
      failOn: opt(severity),
      db: opt(text('a database file path')),
    },
    'a mapping of output settings',
  );

  return obj(
    {
      version: z.literal(1, { error: '1 (the only parapet.yaml format version)' }),
      targets: opt(obj({ aws: opt(aws), azure: opt(azure), gcp: opt(gcp) }, 'a mapping of targets (aws, azure, gcp)')),
      rules: opt(rules),
      suppressions: opt(list(suppression, 'suppressions')),
      classification: opt(classification),
      output: opt(output),
    },
    'a mapping with version and the sections targets, rules, suppressions, classification, output',
  );
}

type ConfigSchema = ReturnType<typeof configSchema>;
type ConfigData = z.output<ConfigSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Building the config

function buildConfig(data: ConfigData, ctx: Ctx, dir: string): ParapetConfig {
  const r = data.rules ?? {};
  const severities = r.severity ? SEVERITIES.filter((s) => r.severity!.includes(s)) : undefined;
  const suppressions = (data.suppressions ?? []).map((s, i): SuppressionSpec => {
    const { id, ...rest } = s;
    const line = nodeLine(ctx, ['suppressions', i]);
    return compact({ id: id ?? suppressionId(rest), ...rest, source: `${ctx.file}:${line}` });
  });
  const output = data.output ?? {};
  return {
    version: 1,
    targets: compact(data.targets ?? {}),
    rules: compact({
      include: r.include,
      exclude: r.exclude,
      severities,
      frameworks: r.frameworks,
      providers: r.providers,
      custom: (r.custom ?? []).map((p) => resolve(dir, p)),
    }),
    suppressions,
    classification: compact(data.classification ?? {}),
    output: compact({ ...output, db: output.db === undefined ? undefined : resolve(dir, output.db) }),
  };
}

/** Drops keys whose value is undefined (an empty `key:`), recursively through plain objects. */
function compact<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) {
    if (v === undefined) continue;
    out[k] = v !== null && typeof v === 'object' && !Array.isArray(v) ? compact(v as object) : v;
  }
  return out as T;
}

// ---------------------------------------------------------------------------------------------------------------
// Checks beyond the shape

function suppressionItems(raw: unknown): Array<{ index: number; item: Record<string, unknown> }> {
  if (!isRecord(raw) || !Array.isArray(raw.suppressions)) return [];
  return raw.suppressions.flatMap((item: unknown, index) => (isRecord(item) ? [{ index, item }] : []));
}

/** A suppression without rule, asset or finding would accept every finding. */
function selectorErrors(ctx: Ctx, raw: unknown): PolicyDiagnostic[] {
  return suppressionItems(raw)
    .filter(({ item }) => ['rule', 'asset', 'finding'].every((k) => item[k] === undefined || item[k] === null))
    .map(({ index }) =>
      atNode(ctx, ['suppressions', index], 'error', 'Schema', 'a suppression needs at least one of rule, asset or finding; without them it would accept every finding.'),
    );
}

/** `until` more than MAX_SUPPRESSION_YEARS ahead: allowed, but the exception escapes regular review. */
function longSuppressionWarnings(ctx: Ctx, raw: unknown, now: Date): PolicyDiagnostic[] {
  const limit = new Date(Date.UTC(now.getUTCFullYear() + MAX_SUPPRESSION_YEARS, now.getUTCMonth(), now.getUTCDate())).toISOString().slice(0, 10);
  return suppressionItems(raw).flatMap(({ index, item }) => {
    const until = typeof item.until === 'string' ? item.until.trim() : undefined;
    if (!until || !isIsoDate(until) || until <= limit) return [];
    return [
      atNode(
        ctx,
        ['suppressions', index, 'until'],
        'warning',
        'LongSuppression',
        `the suppression holds until ${until}, more than ${MAX_SUPPRESSION_YEARS} years ahead (after ${limit}); set an earlier date so the accepted risk is reviewed.`,
      ),
    ];
  });
}

function duplicateIdErrors(ctx: Ctx, specs: SuppressionSpec[]): PolicyDiagnostic[] {
  const seen = new Map<string, string>();
  const out: PolicyDiagnostic[] = [];
  specs.forEach((s, i) => {
    const first = seen.get(s.id);
    if (first === undefined) {
      seen.set(s.id, s.source);
      return;
    }
    const explicit = ctx.doc.hasIn(['suppressions', i, 'id']);
    const message = explicit
      ? `the suppression id "${s.id}" is already used at ${first}; reports name suppressions by id, so each must be unique.`
      : `this suppression selects the same findings as the one at ${first} (both get the id ${s.id}); merge them or give each an id.`;
    out.push(atNode(ctx, explicit ? ['suppressions', i, 'id'] : ['suppressions', i], 'error', 'Schema', message));
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Issues → diagnostics

type Path = ReadonlyArray<PropertyKey>;

interface Ctx {
  doc: Document.Parsed;
  lc: LineCounter;
  file: string;
}

function issueDiagnostics(ctx: Ctx, schema: ConfigSchema, raw: unknown, issue: z.core.$ZodIssue): PolicyDiagnostic[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(schema, path);
    return issue.keys.map((k) => {
      const hint = allowed ? suggestion(k, allowed) : undefined;
      const message = `unknown key "${k}"${hint ? ` (did you mean "${hint}"?)` : ''}; allowed keys: ${allowed?.join(', ') ?? 'none'}.`;
      const d = atNode(ctx, [...path, k], 'error', 'UnknownKey', message);
      const keyNode = pairAt(ctx.doc, [...path, k])?.key;
      return isNode(keyNode) && keyNode.range ? { ...d, ...position(ctx, keyNode.range[0]) } : d;
    });
  }
  const code = issue.code === 'custom' && typeof issue.params?.code === 'string' ? issue.params.code : 'Schema';
  const found = valueAt(raw, path);
  const message = found.present
    ? `expected ${issue.message}, found ${describe(found.value, path.length === 0)}.`
    : `the required key "${String(path[path.length - 1])}" is missing: expected ${issue.message}.`;
  return [atNode(ctx, path, 'error', code, message)];
}

function valueAt(raw: unknown, path: Path): { present: boolean; value?: unknown } {
  let cur: unknown = raw;
  for (const seg of path) {
    if (Array.isArray(cur) && typeof seg === 'number' && seg < cur.length) cur = cur[seg];
    else if (isRecord(cur) && typeof seg === 'string' && Object.hasOwn(cur, seg)) cur = cur[seg];
    else return { present: false };
  }
  return { present: true, value: cur };
}

function describe(v: unknown, whole: boolean): string {
  if (v === null || v === undefined) return whole ? 'an empty file' : 'an empty value';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  if (typeof v === 'string') {
    const s = v.length > 60 ? `${v.slice(0, 57)}...` : v;
    return JSON.stringify(s);
  }
  return String(v);
}

interface SchemaDef {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  valueType?: z.ZodType;
}

const defOf = (s: z.ZodType): SchemaDef => s.def as unknown as SchemaDef;

/** Through optional/pipe wrappers to the schema that shapes the value. */
function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (;;) {
    const def = defOf(cur);
    if (def.innerType && ['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) cur = def.innerType;
    else if (def.type === 'pipe' && def.in && def.out) {
      const inner = unwrap(def.in);
      if (['object', 'array', 'record'].includes(defOf(inner).type)) return inner;
      cur = def.out;
    } else return cur;
  }
}

/** The keys the object schema at `path` allows. */
function allowedKeys(schema: z.ZodType, path: Path): string[] | undefined {
  let cur: z.ZodType | undefined = unwrap(schema);
  for (const seg of path) {
    const def: SchemaDef = defOf(cur);
    if (def.type === 'object' && def.shape && typeof seg === 'string') cur = def.shape[seg];
    else if (def.type === 'array') cur = def.element;
    else if (def.type === 'record') cur = def.valueType;
    else cur = undefined;
    if (!cur) return undefined;
    cur = unwrap(cur);
  }
  const def = defOf(cur);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : undefined;
}

/** The closest allowed key when it is a likely typo (edit distance ≤ 2, or ≤ a third of its length). */
function suggestion(key: string, allowed: string[]): string | undefined {
  let best: { k: string; d: number } | undefined;
  for (const k of allowed) {
    const d = editDistance(key.toLowerCase(), k.toLowerCase());
    if (!best || d < best.d) best = { k, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.k : undefined;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}

// ---------------------------------------------------------------------------------------------------------------
// Positions

/** `suppressions[2].until`, `rules.frameworks[0]`. */
export function formatKeyPath(path: Path): string {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out ? '.' : ''}${String(seg)}`;
  return out;
}

function position(ctx: Ctx, offset: number): { line: number; column: number } {
  const { line, col } = ctx.lc.linePos(offset);
  return { line, column: col };
}

function atOffset(ctx: Ctx, offset: number, severity: PolicyDiagnostic['severity'], code: string, message: string): PolicyDiagnostic {
  return { severity, file: ctx.file, ...position(ctx, offset), code, message };
}

function fileDiag(file: string, code: string, message: string): PolicyDiagnostic {
  return { severity: 'error', file, line: 1, code, message };
}

/** The pair whose key is the last segment of `path`, when its parent is a mapping. */
function pairAt(doc: Document.Parsed, path: Path): Pair | undefined {
  if (!path.length) return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const last = String(path[path.length - 1]);
  return parent.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === last);
}

/**
 * Where `path` is written: its value node; for an empty value (`key:`) its key; for a missing key the nearest
 * existing parent.
 */
function nodeOffset(ctx: Ctx, path: Path): number {
  for (let i = path.length; i >= 0; i--) {
    const sub = path.slice(0, i);
    const node: unknown = i === 0 ? ctx.doc.contents : ctx.doc.getIn(sub, true);
    if (isScalar(node) && node.value === null && !node.source) {
      const key = pairAt(ctx.doc, sub)?.key;
      if (isNode(key) && key.range) return key.range[0];
    }
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

function nodeLine(ctx: Ctx, path: Path): number {
  return ctx.lc.linePos(nodeOffset(ctx, path)).line;
}

function atNode(ctx: Ctx, path: Path, severity: PolicyDiagnostic['severity'], code: string, message: string): PolicyDiagnostic {
  const key = formatKeyPath(path);
  return { severity, file: ctx.file, ...position(ctx, nodeOffset(ctx, path)), ...(key ? { key } : {}), code, message };
}

function sortDiagnostics(ds: PolicyDiagnostic[]): PolicyDiagnostic[] {
  return [...ds].sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
}

// ---------------------------------------------------------------------------------------------------------------
// Scalars

/** Where YAML's number/boolean reading is wanted; everywhere else plain scalars keep the text written. */
const TYPED_KEYS = new Set(['version', 'targets.aws.organization']);

/**
 * Plain (unquoted) scalars that YAML reads as numbers, booleans or dates become the text written, except at
 * TYPED_KEYS: ids stay ids (`012345678901`), a date stays `YYYY-MM-DD`.
 */
function keepScalarText(doc: Document.Parsed): void {
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || node.type !== 'PLAIN' || node.source === undefined) return;
      const v: unknown = node.value;
      if (typeof v !== 'number' && typeof v !== 'boolean' && typeof v !== 'bigint' && !(v instanceof Date)) return;
      const keyPath = path
        .filter((n): n is Pair => isPair(n))
        .map((p) => String(isScalar(p.key) ? p.key.value : p.key))
        .join('.');
      if (!TYPED_KEYS.has(keyPath)) node.value = node.source;
    },
  });
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

