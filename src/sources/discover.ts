import { closeSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import type { Asset, CollectionError, Provider } from '../core/asset.js';
import { emptyStats, type Discover, type DiscoverySink } from '../providers/discovery.js';
import { isCloudFormation, loadCloudFormation, type CloudFormationOptions } from './cloudformation/load.js';
import { applyFacets } from './map/facets.js';
import type { IacMapper, MapContext } from './map/kit.js';
import { cloudFormationMappers, mapperIndex, terraformMappers, terraformProvider } from './map/registry.js';
import { isUnknown, refersTo, type Diagnostic, type IacResource, type SourceResult } from './model.js';
import { detectSnapshot, loadSnapshots } from './snapshot/index.js';
import { findTerraformRoots, loadTerraformRoot, type TerraformOptions } from './terraform/load.js';
import { loadTerraformPlan } from './terraform/plan.js';

/**
 * Offline sources as a discovery: Terraform roots, plans and CloudFormation templates (`scan iac`), or
 * inventory exports (`scan snapshot`), parsed, evaluated and mapped onto the same assets live discovery
 * produces, with the same facet derivations, then streamed into the scan like any provider's assets. Every
 * problem with the input becomes a scan error naming the file and line; the rest of the input goes on.
 */

export type InputFormat = 'terraform' | 'terraform-plan' | 'cloudformation' | 'aws-config' | 'gcp-cai' | 'azure-arg';

export interface OfflineOptions {
  kind: 'iac' | 'snapshot';
  paths: string[];
  terraform?: TerraformOptions;
  cloudformation?: CloudFormationOptions;
  /** Default: now. */
  observedAt?: string;
}

/** Where each offline asset is defined, and what the inputs said: kept for the reports (SARIF, `asset.iac`). */
export interface OfflineRun {
  /** Inputs read, in order, with their detected format. */
  inputs: Array<{ path: string; format: InputFormat; resources: number; assets: number }>;
  /** Offline assets by id: file, line, address and inline suppressions (IaC), or file and line (exports). */
  locations: Map<string, { provider: Provider; file: string; line: number; address?: string; suppressions?: Array<{ ruleId: string; reason: string; line: number; file?: string }> }>;
  diagnostics: Diagnostic[];
}

const SKIP_DIRS = new Set(['.git', '.terraform', 'node_modules', '.terragrunt-cache', 'cdk.out']);
const TEMPLATE_EXT = new Set(['.yaml', '.yml', '.json', '.template']);
const BATCH = 250;
/** Types that only organize or enable others; nothing is judged on them live either, so they are not reported as unjudged. */
const CONTAINERS = new Set(['azurerm_resource_group', 'google_project_service', 'aws_resourcegroups_group']);

const terraformIndex = (() => {
  let index: Map<string, IacMapper> | undefined;
  return () => (index ??= mapperIndex(terraformMappers));
})();
const cfnIndex = (() => {
  let index: Map<string, IacMapper> | undefined;
  return () => (index ??= mapperIndex(cloudFormationMappers));
})();

/** A plan JSON (`terraform show -json`) or not, from its first bytes. */
function looksLikePlan(text: string): boolean {
  const head = text.slice(0, 4096);
  return /"format_version"\s*:/.test(head) && /"terraform_version"\s*:/.test(text);
}

/** The first 64 KiB of a file (enough to tell a template or a plan), or undefined when it cannot be read. */
function readHead(file: string): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const buf = Buffer.alloc(65536);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n).toString('utf8');
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Every input under the given paths for `scan iac`, with its format. Unreadable paths become diagnostics. */
export function findIacInputs(paths: string[], diag: (d: Diagnostic) => void): Array<{ path: string; format: InputFormat }> {
  const out: Array<{ path: string; format: InputFormat }> = [];
  const seen = new Set<string>();
  const add = (path: string, format: InputFormat) => {
    if (seen.has(`${format}:${path}`)) return;
    seen.add(`${format}:${path}`);
    out.push({ path, format });
  };
  const templateOrPlan = (file: string, explicit: boolean) => {
    const text = readHead(file);
    if (text === undefined) return diag({ severity: 'error', file, line: 1, code: 'Unreadable', message: `cannot read ${file}` });
    if (extname(file) === '.json' && looksLikePlan(text)) return add(file, 'terraform-plan');
    if (isCloudFormation(text)) return add(file, 'cloudformation');
    if (explicit) diag({ severity: 'error', file, line: 1, code: 'UnknownInputFormat', message: `${file} is neither a Terraform plan (terraform show -json) nor a CloudFormation template` });
  };
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      return diag({ severity: 'error', file: dir, line: 1, code: 'Unreadable', message: `cannot list ${dir}: ${(e as Error).message}` });
    }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(join(dir, e.name));
      } else if (e.isFile() && TEMPLATE_EXT.has(extname(e.name)) && !e.name.endsWith('.tfvars.json')) {
        templateOrPlan(join(dir, e.name), false);
      }
    }
  };
  for (const path of paths) {
    let st;
    try {
      st = statSync(path);
    } catch {
      diag({ severity: 'error', file: path, line: 1, code: 'NotFound', message: `no such file or directory: ${path}` });
      continue;
    }
    if (st.isDirectory()) {
      for (const root of findTerraformRoots(path)) add(root, 'terraform');
      walk(path);
    } else if (path.endsWith('.tf')) {
      add(dirname(path), 'terraform');
    } else {
      templateOrPlan(path, true);
    }
  }
  return out;
}

function loadInput(input: { path: string; format: InputFormat }, opts: OfflineOptions): SourceResult {
  switch (input.format) {
    case 'terraform':
      return loadTerraformRoot(input.path, opts.terraform);
    case 'terraform-plan':
      return loadTerraformPlan(input.path);
    case 'cloudformation':
      return loadCloudFormation(input.path, opts.cloudformation);
    default:
      return { resources: [], diagnostics: [] };
  }
}

function serviceOf(format: InputFormat): string {
  return { terraform: 'terraform', 'terraform-plan': 'terraform', cloudformation: 'cloudformation', 'aws-config': 'aws-config', 'gcp-cai': 'cloud-asset-inventory', 'azure-arg': 'resource-graph' }[format];
}

const PARSE_CODES = new Set(['FileUnreadable', 'FileNotReadable', 'HclSyntax', 'YamlSyntax', 'JsonSyntax', 'FileTooLarge', 'Unreadable', 'NotFound', 'UnknownInputFormat', 'NotATemplate', 'NotAPlan', 'UnknownSnapshotFormat']);

/** A diagnostic as a scan error: provider (best known), the tool as service, `file:line` as the resource. */
export function diagnosticError(d: Diagnostic, provider: Provider, format: InputFormat | undefined): CollectionError {
  const where = `${d.file}:${d.line}${d.column ? `:${d.column}` : ''}`;
  return {
    provider,
    account: '-',
    region: 'global',
    service: format ? serviceOf(format) : 'iac',
    operation: PARSE_CODES.has(d.code) ? 'Parse' : 'Evaluate',
    code: d.code,
    message: `${d.severity === 'warning' ? 'warning: ' : ''}${where}: ${d.message}`,
    resource: where,
  };
}

function providerOfFormat(format: InputFormat, resources: readonly IacResource[]): Provider {
  if (format === 'cloudformation' || format === 'aws-config') return 'aws';
  if (format === 'gcp-cai') return 'gcp';
  if (format === 'azure-arg') return 'azure';
  const counts = new Map<Provider, number>();
  for (const r of resources) {
    const p = terraformProvider(r.type);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'aws';
}

/**
 * Maps one input's resources: each mapper sees the resources of its types (related blocks merge inside a
 * mapper); types of a judged cloud that no mapper reads are reported once per type, with the first place.
 */
export function mapResources(resources: readonly IacResource[], format: InputFormat, ctx: MapContext): Asset[] {
  const index = format === 'cloudformation' ? cfnIndex() : terraformIndex();
  const byMapper = new Map<IacMapper, IacResource[]>();
  const unmapped = new Map<string, IacResource[]>();
  for (const r of resources) {
    const m = index.get(r.type);
    if (m) {
      const list = byMapper.get(m);
      if (list) list.push(r);
      else byMapper.set(m, [r]);
    } else if (r.mode === 'managed' && !CONTAINERS.has(r.type) && (format === 'cloudformation' ? r.type.startsWith('AWS::') : terraformProvider(r.type))) {
      const list = unmapped.get(r.type);
      if (list) list.push(r);
      else unmapped.set(r.type, [r]);
    }
  }
  for (const [type, list] of unmapped) {
    const first = list[0]!;
    ctx.diag({
      severity: 'warning',
      file: first.file,
      line: first.line,
      code: 'UnknownResourceType',
      message: `${type} is not a resource type Parapet judges yet (${list.length} resource${list.length === 1 ? '' : 's'}, first ${first.address}); skipped`,
    });
  }
  const assets: Asset[] = [];
  for (const [m, list] of byMapper) {
    try {
      const mapped = m.map(list, ctx);
      absorbSuppressions(list, mapped);
      assets.push(...mapped);
    } catch (e) {
      const first = list[0]!;
      ctx.diag({ severity: 'error', file: first.file, line: first.line, code: 'MappingFailed', message: `mapping ${m.types[0]} resources failed: ${(e as Error).message}` });
    }
  }
  return assets;
}

/** Every resource address an Unknown inside `v` refers to. */
function refsIn(v: unknown, out: Set<string>): Set<string> {
  if (isUnknown(v)) for (const r of v.refs) out.add(r);
  else if (Array.isArray(v)) for (const x of v) refsIn(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) refsIn(x, out);
  return out;
}

/**
 * An inline suppression written on a block that merges into another resource's asset (a `parapet:ignore`
 * above `aws_s3_bucket_acl.site`, which is part of the `aws_s3_bucket.site` asset) applies to that asset:
 * the block names it by reference (`bucket = aws_s3_bucket.site.id`).
 */
export function absorbSuppressions(resources: readonly IacResource[], assets: Asset[]): void {
  const byAddress = new Map<string, Asset>();
  for (const a of assets) if (a.source.type === 'iac') byAddress.set(a.source.address, a);
  const inModule = (address: string, module: string) => (module ? address.startsWith(`${module}.`) && !address.slice(module.length + 1).startsWith('module.') : !address.startsWith('module.'));
  for (const r of resources) {
    if (!r.suppressions.length || byAddress.has(r.address)) continue;
    const refs = refsIn(r.values, new Set());
    // Top-level known strings name the asset too (`bucket = "logs"`, or an id the evaluator could derive).
    const names = new Set(Object.values(r.values).filter((v): v is string => typeof v === 'string'));
    for (const [address, a] of byAddress) {
      if (a.source.type !== 'iac') continue;
      const byRef = [...refs].some((ref) => refersTo(ref, { address }));
      const byName = inModule(address, r.module) && (names.has(a.name) || names.has(a.id));
      if (!byRef && !byName) continue;
      const list = (a.source.suppressions ??= []);
      for (const s of r.suppressions) if (!list.some((x) => x.ruleId === s.ruleId && x.line === s.line)) list.push({ ruleId: s.ruleId, reason: s.reason, line: s.line, ...(s.file !== a.source.file ? { file: s.file } : {}) });
    }
  }
}

/** The offline discovery of `opts.paths`; `run` collects locations and diagnostics for the reports. */
export function offlineDiscovery(opts: OfflineOptions, run: OfflineRun): Discover {
  return async (sink: DiscoverySink) => {
    const observedAt = opts.observedAt ?? new Date().toISOString();
    const accounts = new Set<string>();
    const scope = new Set<string>();
    let resources = 0;
    let pending: Asset[] = [];
    const flush = async () => {
      if (!pending.length) return;
      const batch = pending;
      pending = [];
      const fresh: Array<{ provider: Provider; account: string; region: string }> = [];
      for (const a of batch) {
        const key = `${a.provider}|${a.account}|${a.region}`;
        if (!scope.has(key)) {
          scope.add(key);
          fresh.push({ provider: a.provider, account: a.account, region: a.region });
        }
      }
      if (fresh.length) await sink.scope(fresh);
      await sink.assets(batch);
      sink.event({ type: 'resources', count: batch.length });
    };
    const emit = async (assets: Asset[]) => {
      for (const raw of assets) {
        const a = applyFacets(raw);
        if (run.locations.has(a.id)) continue; // the same resource declared twice (two roots): the first wins
        accounts.add(a.account);
        const s = a.source;
        if (s.type === 'iac') run.locations.set(a.id, { provider: a.provider, file: s.file, line: s.line, address: s.address, ...(s.suppressions ? { suppressions: s.suppressions } : {}) });
        else if (s.type === 'snapshot') run.locations.set(a.id, { provider: a.provider, file: s.file, line: s.line ?? 1 });
        pending.push(a);
        if (pending.length >= BATCH) await flush();
      }
    };
    const report = (d: Diagnostic, provider: Provider, format: InputFormat | undefined) => {
      run.diagnostics.push(d);
      sink.error(diagnosticError(d, provider, format));
    };

    if (opts.kind === 'snapshot') {
      // All files at once: a Cloud Asset Inventory asset's RESOURCE and IAM_POLICY records may sit in different files.
      const formats = new Map(opts.paths.map((file) => [file, detectSnapshot(readHead(file) ?? '')] as const));
      const r = loadSnapshots(opts.paths, observedAt);
      for (const d of r.diagnostics) {
        const format = formats.get(d.file) ?? r.format;
        report(d, format ? providerOfFormat(format, []) : 'aws', format);
      }
      for (const file of opts.paths) {
        const n = r.assets.filter((a) => a.source.type === 'snapshot' && a.source.file === file).length;
        run.inputs.push({ path: file, format: formats.get(file) ?? 'aws-config', resources: n, assets: n });
      }
      resources += r.assets.length;
      await emit(r.assets);
    } else {
      const inputs = findIacInputs(opts.paths, (d) => report(d, 'aws', undefined));
      for (const input of inputs) {
        const loaded = loadInput(input, opts);
        const provider = providerOfFormat(input.format, loaded.resources);
        for (const d of loaded.diagnostics) report(d, provider, input.format);
        const ctx: MapContext = { sourceType: 'iac', observedAt, diag: (d) => report(d, provider, input.format) };
        const assets = mapResources(loaded.resources, input.format, ctx);
        run.inputs.push({ path: input.path, format: input.format, resources: loaded.resources.length, assets: assets.length });
        resources += loaded.resources.length;
        await emit(assets);
      }
    }
    await flush();
    sink.event({ type: 'accounts', accounts: [...accounts].sort() });
    return { callerAccount: opts.kind === 'iac' ? 'iac' : 'snapshot', accounts: [...accounts].sort(), stats: emptyStats(), resources };
  };
}

export function newOfflineRun(): OfflineRun {
  return { inputs: [], locations: new Map(), diagnostics: [] };
}
