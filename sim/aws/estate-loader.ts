/**
 * Loads an estate from YAML: one file, or a directory of files deep-merged in name order (accounts merged
 * by `id`; within `global.<svc>` and `regional.<region>.<svc>` arrays concatenate and objects merge; Azure
 * subscriptions merge by `subscriptionId` and GCP projects by `projectId`, their `resources` sections
 * concatenating; `faults` concatenate). The
 * top-level structure is checked with zod; problems are reported with file, line and column.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import type { Estate } from './estate.js';

export interface EstateIssue {
  file: string;
  line?: number;
  col?: number;
  /** Dotted path in the estate (`accounts.1.regions`). */
  path: string;
  message: string;
}

export class EstateError extends Error {
  constructor(readonly issues: EstateIssue[]) {
    super(`invalid estate:\n${issues.map((i) => `  ${i.file}${i.line ? `:${i.line}:${i.col ?? 1}` : ''}: ${i.path ? `${i.path}: ` : ''}${i.message}`).join('\n')}`);
    this.name = 'EstateError';
  }
}

const accountId = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .pipe(z.string().regex(/^\d{12}$/, 'an account id is 12 digits (quote it in YAML to keep leading zeros)'));

const section = z.record(z.string(), z.any());

const partialAccount = z
  .object({
    id: accountId,
    name: z.string().min(1).optional(),
    email: z.string().optional(),
    status: z.enum(['ACTIVE', 'SUSPENDED']).optional(),
    regions: z.array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'not a region name')).optional(),
    global: section.optional(),
    regional: z.record(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'not a region name'), section).optional(),
  })
  .strict();

const fault = z
  .object({
    account: z.union([z.string(), z.number()]).transform(String).optional(),
    region: z.string().optional(),
    service: z.string().optional(),
    operation: z.string().optional(),
    resource: z.string().optional(),
    effect: z.enum(['deny', 'throttle', 'error', 'timeout', 'latency']),
    code: z.string().optional(),
    status: z.number().int().min(100).max(599).optional(),
    latencyMs: z.number().nonnegative().optional(),
    probability: z.number().min(0).max(1).optional(),
    times: z.number().int().nonnegative().optional(),
  })
  .strict();

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'not a GUID (8-4-4-4-12 hex digits)');
/** Resources by section name: each section an array of wire-shaped resources. */
const cloudResources = z.record(z.string(), z.array(z.any()));

// The Azure and GCP parts: checked at the levels the simulators rely on; unknown keys are kept.
const partialAzureSubscription = z
  .object({
    subscriptionId: guid,
    displayName: z.string().min(1).optional(),
    state: z.enum(['Enabled', 'Disabled', 'Warned', 'PastDue', 'Deleted']).optional(),
    resources: cloudResources.optional(),
  })
  .passthrough();

const partialAzure = z
  .object({
    tenantId: guid.optional(),
    clients: z.array(z.object({ clientId: guid, clientSecret: z.string().min(1), name: z.string().optional() }).passthrough()).optional(),
    managementGroups: z.array(z.object({ id: z.string().min(1), displayName: z.string().optional(), parent: z.string().optional(), subscriptions: z.array(guid).optional() }).passthrough()).optional(),
    subscriptions: z.array(partialAzureSubscription).optional(),
  })
  .passthrough();

const projectNumber = z
  .union([z.string(), z.number()])
  .transform((v) => String(v))
  .pipe(z.string().regex(/^\d{6,19}$/, 'a project number is digits (quote it in YAML)'));

const partialGcpProject = z
  .object({
    projectId: z.string().regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/, 'not a project id (6-30 lower-case letters, digits, hyphens)'),
    projectNumber: projectNumber.optional(),
    displayName: z.string().optional(),
    parent: z.string().regex(/^(organizations|folders)\/\d+$/, 'a parent is organizations/<n> or folders/<n>').optional(),
    lifecycleState: z.enum(['ACTIVE', 'DELETE_REQUESTED']).optional(),
    resources: cloudResources.optional(),
  })
  .passthrough();

const partialGcp = z
  .object({
    organization: z.object({ name: z.string().regex(/^organizations\/\d+$/, 'an organization is organizations/<n>'), displayName: z.string().optional() }).passthrough().optional(),
    folders: z.array(z.object({ name: z.string().regex(/^folders\/\d+$/, 'a folder is folders/<n>'), displayName: z.string().optional(), parent: z.string() }).passthrough()).optional(),
    serviceAccounts: z.array(z.object({ clientEmail: z.string().min(1), privateKeyId: z.string().min(1), publicKeyPem: z.string().min(1) }).passthrough()).optional(),
    projects: z.array(partialGcpProject).optional(),
  })
  .passthrough();

const partialEstate = z
  .object({
    organization: z
      .object({ id: z.string().regex(/^o-[a-z0-9]{10,32}$/, 'an organization id looks like o-abcd123456').optional(), managementAccountId: accountId.optional(), memberRoleName: z.string().optional() })
      .strict()
      .optional(),
    accounts: z.array(partialAccount).optional(),
    credentials: z.array(z.object({ accessKeyId: z.string().min(16), secretAccessKey: z.string().min(1), account: accountId, arn: z.string().optional() }).strict()).optional(),
    faults: z.array(fault).optional(),
    settings: z.object({ latencyMs: z.number().nonnegative().optional(), rateLimits: z.boolean().optional() }).strict().optional(),
    azure: partialAzure.optional(),
    gcp: partialGcp.optional(),
  })
  .strict();

type PartialEstate = z.infer<typeof partialEstate>;

interface Source {
  file: string;
  doc: Document;
  lines: LineCounter;
}

function position(src: Source, path: Array<string | number>): { line?: number; col?: number } {
  for (let n = path.length; n >= 0; n--) {
    const node = src.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) {
      const p = src.lines.linePos(node.range[0]);
      return { line: p.line, col: p.col };
    }
    if (n === 0 && (src.doc.contents as { range?: [number, number, number] } | null)?.range) {
      const p = src.lines.linePos((src.doc.contents as { range: [number, number, number] }).range[0]);
      return { line: p.line, col: p.col };
    }
  }
  return {};
}

function issuesOf(error: z.ZodError, src: Source, pathMap?: (path: Array<string | number>) => { src: Source; path: Array<string | number> }): EstateIssue[] {
  return error.issues.map((i) => {
    const raw = i.path.filter((p): p is string | number => typeof p !== 'symbol');
    const where = pathMap ? pathMap(raw) : { src, path: raw };
    return { file: where.src.file, ...position(where.src, where.path), path: raw.join('.'), message: i.message };
  });
}

function parseSource(text: string, file: string): { src: Source; value: PartialEstate } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
  const src: Source = { file, doc, lines };
  if (doc.errors.length) {
    throw new EstateError(doc.errors.map((e) => ({ file, line: e.linePos?.[0].line, col: e.linePos?.[0].col, path: '', message: (e.message.split('\n')[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, '') })));
  }
  const js = (doc.toJS() as unknown) ?? {};
  const r = partialEstate.safeParse(js);
  if (!r.success) throw new EstateError(issuesOf(r.error, src));
  return { src, value: r.data };
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date);
}

/** Objects merge key by key, arrays concatenate, anything else: the later value wins. */
export function deepMerge(a: unknown, b: unknown): unknown {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b];
  if (isPlainObject(a) && isPlainObject(b)) {
    const out: Record<string, unknown> = { ...a };
    for (const [k, v] of Object.entries(b)) out[k] = k in out ? deepMerge(out[k], v) : v;
    return out;
  }
  return b === undefined ? a : b;
}

interface Origin {
  src: Source;
  /** Index of the account in its file. */
  index: number;
}

/** Items merged by key: a new key appends a copy, a known one merges into it (`resources` sections concatenate). */
function mergeByKey<T extends Record<string, any>>(into: T[], items: T[], key: keyof T, merge: (existing: T, item: T) => void, onNew: (item: T, index: number) => void): void {
  items.forEach((item, index) => {
    const existing = into.find((x) => x[key] === item[key]);
    if (existing) merge(existing, item);
    else {
      into.push(structuredClone(item));
      onNew(item, index);
    }
  });
}

function mergeCloudItem(existing: Record<string, any>, item: Record<string, any>): void {
  for (const [k, v] of Object.entries(item)) {
    if (k === 'resources') existing.resources = deepMerge(existing.resources ?? {}, v);
    else if (v !== undefined) existing[k] = structuredClone(v);
  }
}

function mergeAzure(target: PartialEstate, part: NonNullable<PartialEstate['azure']>, src: Source, origins: Map<string, Origin>): void {
  const into = (target.azure ??= {});
  const { clients, managementGroups, subscriptions, ...rest } = part;
  Object.assign(into, structuredClone(rest));
  if (clients) into.clients = [...(into.clients ?? []), ...clients];
  if (managementGroups)
    mergeByKey((into.managementGroups ??= []), managementGroups, 'id', (e, g) => {
      const subs = [...(e.subscriptions ?? []), ...(g.subscriptions ?? [])];
      Object.assign(e, structuredClone(g), g.subscriptions || e.subscriptions ? { subscriptions: [...new Set(subs)] } : {});
    }, () => undefined);
  if (subscriptions) mergeByKey((into.subscriptions ??= []), subscriptions, 'subscriptionId', mergeCloudItem, (s, index) => origins.set(`azure:${s.subscriptionId}`, { src, index }));
}

function mergeGcp(target: PartialEstate, part: NonNullable<PartialEstate['gcp']>, src: Source, origins: Map<string, Origin>): void {
  const into = (target.gcp ??= {});
  const { folders, serviceAccounts, projects, ...rest } = part;
  Object.assign(into, structuredClone(rest));
  if (folders) into.folders = [...(into.folders ?? []), ...folders];
  if (serviceAccounts) into.serviceAccounts = [...(into.serviceAccounts ?? []), ...serviceAccounts];
  if (projects) mergeByKey((into.projects ??= []), projects, 'projectId', mergeCloudItem, (p, index) => origins.set(`gcp:${p.projectId}`, { src, index }));
}

function mergeInto(target: PartialEstate, part: PartialEstate, src: Source, origins: Map<string, Origin>): void {
  if (part.organization) target.organization = { ...target.organization, ...part.organization };
  if (part.settings) target.settings = { ...target.settings, ...part.settings };
  if (part.credentials) target.credentials = [...(target.credentials ?? []), ...part.credentials];
  if (part.faults) target.faults = [...(target.faults ?? []), ...part.faults];
  if (part.azure) mergeAzure(target, part.azure, src, origins);
  if (part.gcp) mergeGcp(target, part.gcp, src, origins);
  if (!part.accounts) return;
  target.accounts ??= [];
  part.accounts.forEach((acc, index) => {
    const existing = target.accounts!.find((a) => a.id === acc.id);
    if (!existing) {
      target.accounts!.push(structuredClone(acc));
      origins.set(acc.id, { src, index });
      return;
    }
    if (acc.name !== undefined) existing.name = acc.name;
    if (acc.email !== undefined) existing.email = acc.email;
    if (acc.status !== undefined) existing.status = acc.status;
    if (acc.regions !== undefined) existing.regions = [...new Set([...(existing.regions ?? []), ...acc.regions])];
    if (acc.global) existing.global = deepMerge(existing.global ?? {}, acc.global) as Record<string, any>;
    if (acc.regional) existing.regional = deepMerge(existing.regional ?? {}, acc.regional) as Record<string, Record<string, any>>;
  });
}

const fullAccount = partialAccount.extend({
  name: z.string().min(1, 'an account needs a name'),
  regions: z.array(z.string()).min(1, 'an account needs at least one enabled region'),
});

const fullAzure = partialAzure.extend({
  tenantId: guid,
  clients: z.array(z.object({ clientId: guid, clientSecret: z.string().min(1), name: z.string().optional() }).passthrough()).min(1, 'the Azure part needs at least one client (service principal)'),
  subscriptions: z.array(partialAzureSubscription.extend({ displayName: z.string().min(1, 'a subscription needs a displayName'), resources: cloudResources.default({}) })),
});

const fullGcp = partialGcp.extend({
  projects: z.array(partialGcpProject.extend({ projectNumber, resources: cloudResources.default({}) })),
});

const fullEstate = partialEstate.extend({
  organization: z.object({ id: z.string(), managementAccountId: accountId, memberRoleName: z.string().optional() }).strict().optional(),
  // An estate may be Azure- or GCP-only; then it has no AWS accounts.
  accounts: z.array(fullAccount).default([]),
  azure: fullAzure.optional(),
  gcp: fullGcp.optional(),
}).refine((e) => e.accounts.length > 0 || e.azure !== undefined || e.gcp !== undefined, { message: 'an estate needs at least one account', path: ['accounts'] });

function finish(merged: PartialEstate, sources: Source[], origins: Map<string, Origin>): Estate {
  const first = sources[0]!;
  const pathMap = (path: Array<string | number>) => {
    if (path[0] === 'accounts' && typeof path[1] === 'number') {
      const id = merged.accounts?.[path[1]]?.id;
      const o = id ? origins.get(id) : undefined;
      if (o) return { src: o.src, path: ['accounts', o.index, ...path.slice(2)] };
    }
    const cloud = path[0] === 'azure' && path[1] === 'subscriptions' ? 'azure' : path[0] === 'gcp' && path[1] === 'projects' ? 'gcp' : undefined;
    if (cloud && typeof path[2] === 'number') {
      const item = cloud === 'azure' ? merged.azure?.subscriptions?.[path[2]]?.subscriptionId : merged.gcp?.projects?.[path[2]]?.projectId;
      const o = item ? origins.get(`${cloud}:${item}`) : undefined;
      if (o) return { src: o.src, path: [cloud, path[1] as string, o.index, ...path.slice(3)] };
    }
    return { src: sources.find((s) => s.doc.hasIn(path.slice(0, 1))) ?? first, path };
  };
  const r = fullEstate.safeParse(merged);
  if (!r.success) throw new EstateError(issuesOf(r.error, first, pathMap));
  const estate = r.data as unknown as Estate;
  for (const a of estate.accounts) {
    a.global ??= {};
    a.regional ??= {};
  }
  const ids = new Set(estate.accounts.map((a) => a.id));
  const problems: EstateIssue[] = [];
  if (estate.organization && !ids.has(estate.organization.managementAccountId))
    problems.push({ file: first.file, path: 'organization.managementAccountId', message: `management account ${estate.organization.managementAccountId} is not among the accounts` });
  for (const c of estate.credentials ?? []) if (!ids.has(c.account)) problems.push({ file: first.file, path: 'credentials', message: `credential ${c.accessKeyId} names unknown account ${c.account}` });
  const subs = new Set(estate.azure?.subscriptions.map((s) => s.subscriptionId));
  for (const g of estate.azure?.managementGroups ?? [])
    for (const s of g.subscriptions ?? []) if (!subs.has(s)) problems.push({ file: first.file, path: 'azure.managementGroups', message: `management group ${g.id} names unknown subscription ${s}` });
  if (problems.length) throw new EstateError(problems);
  return estate;
}

/** One YAML document as a complete estate. */
export function parseEstate(text: string, fileName = 'estate.yaml'): Estate {
  const { src, value } = parseSource(text, fileName);
  const origins = new Map<string, Origin>();
  const merged: PartialEstate = {};
  mergeInto(merged, value, src, origins);
  return finish(merged, [src], origins);
}

/** An estate file, or a directory of `*.yaml` / `*.yml` files merged in name order. */
export async function loadEstate(path: string): Promise<Estate> {
  const info = await stat(path);
  if (!info.isDirectory()) return parseEstate(await readFile(path, 'utf8'), path);
  const files = (await readdir(path)).filter((f) => /\.ya?ml$/i.test(f)).sort();
  if (!files.length) throw new EstateError([{ file: path, path: '', message: 'no .yaml files in the estate directory' }]);
  const merged: PartialEstate = {};
  const sources: Source[] = [];
  const origins = new Map<string, Origin>();
  const issues: EstateIssue[] = [];
  for (const f of files) {
    const file = join(path, f);
    try {
      const { src, value } = parseSource(await readFile(file, 'utf8'), file);
      sources.push(src);
      mergeInto(merged, value, src, origins);
    } catch (e) {
      if (e instanceof EstateError) issues.push(...e.issues);
      else throw e;
    }
  }
  if (issues.length) throw new EstateError(issues);
  return finish(merged, sources, origins);
}
