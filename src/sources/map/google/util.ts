/**
 * Shared helpers of the hashicorp/google mappers: an index over one input's resources (joins by reference or
 * by a known attribute in O(1)), value coercions that keep `Unknown`s in place (so `AssetBuilder.aspect`
 * turns them into gaps), project / region resolution, and the IAM policy merge GCP performs for
 * `*_iam_policy` (authoritative), `*_iam_binding` (authoritative per role) and `*_iam_member` (additive).
 */
import { isUnknown, Unknown, type IacResource } from '../../model.js';
import { AssetBuilder, iacId, knownString, type AssetInit, type MapContext } from '../kit.js';

export type Obj = Record<string, unknown>;

/** The address without a trailing instance key: `aws_x.a["k"]` → `aws_x.a`. */
const baseAddress = (address: string): string => address.replace(/\[[^\]]*\]$/, '');

/** One input's resources, indexed for joins. */
export class Index {
  private readonly byType = new Map<string, IacResource[]>();
  private readonly byAddress = new Map<string, IacResource[]>();
  private readonly keyed = new Map<string, { local: Map<string, IacResource[]>; global: Map<string, IacResource[]> }>();

  constructor(
    resources: readonly IacResource[],
    readonly ctx: MapContext,
  ) {
    for (const r of resources) {
      // Data sources are only read through references (a `google_iam_policy` document); they make no asset.
      if (r.mode === 'managed') push(this.byType, r.type, r);
      push(this.byAddress, r.address, r);
      const base = baseAddress(r.address);
      if (base !== r.address) push(this.byAddress, base, r);
    }
  }

  /** The managed resources of `type`. */
  of(type: string): readonly IacResource[] {
    return this.byType.get(type) ?? [];
  }

  /** Resources of `types` an Unknown's references name. */
  refs(u: Unknown, types: readonly string[]): IacResource[] {
    const out: IacResource[] = [];
    for (const ref of u.refs) for (const r of this.byAddress.get(ref) ?? []) if (types.includes(r.type) && !out.includes(r)) out.push(r);
    return out;
  }

  /**
   * The resources of `type` that `value` points at: through an Unknown's references, or by a known string equal
   * to `key(resource)` (cached per `keyName`) in the same module, else in any module (a value passed through
   * module outputs: bucket names are global, other keys name the project).
   */
  find(value: unknown, type: string, keyName: string, key: (r: IacResource) => string | undefined, module: string): IacResource[] {
    if (isUnknown(value)) return this.refs(value, [type]);
    if (typeof value !== 'string') return [];
    const cacheKey = `${type}\u0000${keyName}`;
    let maps = this.keyed.get(cacheKey);
    if (!maps) {
      maps = { local: new Map(), global: new Map() };
      for (const r of this.of(type)) {
        const k = key(r);
        if (k === undefined) continue;
        push(maps.local, `${r.module}\u0000${k}`, r);
        push(maps.global, k, r);
      }
      this.keyed.set(cacheKey, maps);
    }
    return maps.local.get(`${module}\u0000${value}`) ?? maps.global.get(value) ?? [];
  }

  /** The first resource `value` points at (see `find`). */
  one(value: unknown, type: string, keyName: string, key: (r: IacResource) => string | undefined, module: string): IacResource | undefined {
    return this.find(value, type, keyName, key, module)[0];
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

// ---------------------------------------------------------------------------------------------------------
// Values. Each keeps an Unknown as it is; a value of the wrong type reads as absent.

export type Maybe<T> = T | Unknown | undefined;

export function str(v: unknown): Maybe<string> {
  if (isUnknown(v) || typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

export function bool(v: unknown): Maybe<boolean> {
  if (isUnknown(v) || typeof v === 'boolean') return v;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return undefined;
}

export function num(v: unknown): Maybe<number> {
  if (isUnknown(v) || typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

/** An int64 as the REST APIs write it: a decimal string. */
export function i64(v: unknown): Maybe<string> {
  const n = num(v);
  return typeof n === 'number' ? String(Math.trunc(n)) : n;
}

/** A list of strings; Unknown elements stay (the aspect becomes a gap). */
export function strs(v: unknown): Maybe<Array<string | Unknown>> {
  if (isUnknown(v)) return v;
  if (!Array.isArray(v)) return undefined;
  return v.map((x) => str(x)).filter((x): x is string | Unknown => x !== undefined);
}

/** A list of strings with at least one element, else undefined (the APIs omit empty lists). */
export function nonEmpty(v: unknown): Maybe<Array<string | Unknown>> {
  const l = strs(v);
  return Array.isArray(l) && l.length === 0 ? undefined : l;
}

/** A string map (`labels`); an Unknown map or value stays Unknown. */
export function strMap(v: unknown): Maybe<Record<string, string | Unknown>> {
  if (isUnknown(v)) return v;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return undefined;
  const out: Record<string, string | Unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    const s = str(x);
    if (s !== undefined) out[k] = s;
  }
  return out;
}

/** The first block of a nested block list; throws the Unknown when the block itself is not known (use inside `aspect`). */
export function blk(v: unknown): Obj | undefined {
  if (isUnknown(v)) throw v;
  const first: unknown = Array.isArray(v) ? v[0] : v;
  if (isUnknown(first)) throw first;
  return first !== null && typeof first === 'object' && !Array.isArray(first) ? (first as Obj) : undefined;
}

/** Every block of a nested block list; throws an Unknown block (a dynamic block over an unknown collection). */
export function blks(v: unknown): Obj[] {
  if (isUnknown(v)) throw v;
  if (!Array.isArray(v)) return blk(v) ? [v as Obj] : [];
  const out: Obj[] = [];
  for (const x of v) {
    if (isUnknown(x)) throw x;
    if (x !== null && typeof x === 'object' && !Array.isArray(x)) out.push(x as Obj);
  }
  return out;
}

/** `v`, or the default when it is absent (null counts as absent: Terraform's null means "not set"). */
export function or<T>(v: Maybe<T> | null, d: T): T | Unknown {
  return v === undefined || v === null ? d : v;
}

/** The object without its undefined entries (the REST APIs omit unset fields). */
export function compact<T extends Obj>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** A copy of `v` without the object entries and list elements that are Unknown, for fields no rule reads. */
export function withoutUnknowns(v: unknown): unknown {
  if (isUnknown(v)) return undefined;
  if (Array.isArray(v)) return v.filter((x) => !isUnknown(x)).map(withoutUnknowns);
  if (v !== null && typeof v === 'object') {
    const out: Obj = {};
    for (const [k, x] of Object.entries(v)) if (!isUnknown(x)) out[k] = withoutUnknowns(x);
    return out;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------------------
// Project, region, names.

/** The project: the resource's `project` argument, else the provider's; undefined when not statically known. */
export function projectOf(r: IacResource): string | undefined {
  const own = r.values.project;
  if (own !== undefined && own !== null) return knownString(own);
  return knownString(r.providerConfig.project);
}

/** The region of a resource: its own argument (`region`/`location`), else the provider's `region`. */
export function regionOf(r: IacResource, arg = 'region'): string | undefined {
  const own = r.values[arg];
  if (own !== undefined && own !== null) return knownString(own);
  return knownString(r.providerConfig.region);
}

/** The zone of a zonal resource: its `zone`, else the provider's `zone`. */
export function zoneOf(r: IacResource): string | undefined {
  const own = r.values.zone;
  if (own !== undefined && own !== null) return knownString(own);
  return knownString(r.providerConfig.zone);
}

/** A zone's region (`us-central1-a` → `us-central1`), as the live compute collectors compute it. */
export const regionOfZone = (zone: string): string => zone.replace(/-[a-z]$/, '');

/** A GKE location's region: a zone belongs to its region, a region is itself. */
export const regionOfLocation = (location: string): string => (/-[a-z]$/.test(location) ? location.slice(0, -2) : location);

/** The last path segment (`projects/p/global/networks/vpc` → `vpc`). */
export const lastSegment = (s: string): string => s.split('/').pop() ?? s;

export const COMPUTE_API = 'https://www.googleapis.com/compute/v1/';

/** A Compute Engine self link. */
export const computeUrl = (project: string, path: string): string => `${COMPUTE_API}projects/${project}/${path}`;

/** The Cloud Asset Inventory name of a Compute Engine resource, as the live collectors build it. */
export const computeName = (project: string, path: string): string => `//compute.googleapis.com/projects/${project}/${path}`;

/** The resource's `name` when statically known. */
export const nameOf = (r: IacResource, arg = 'name'): string | undefined => knownString(r.values[arg]);

/** Starts an asset; the id is the live one when `liveId` is known, else the resource's `iac:` id. */
export function builder(r: IacResource, ctx: MapContext, service: string, init: Omit<AssetInit, 'provider' | 'id'> & { liveId: string | undefined }): AssetBuilder {
  const { liveId, ...rest } = init;
  return new AssetBuilder({ provider: 'gcp', id: liveId ?? iacId(r), ...rest }, r, ctx, service);
}

/** Known string labels, for `tags`. */
export function labelsOf(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === 'object' && !isUnknown(v) && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// IAM policies.

export interface Binding {
  role: string | Unknown;
  members: Array<string | Unknown>;
  condition?: { expression: unknown; title: unknown; description?: unknown };
}

/** The IAM resources that act on one target (a bucket, a project, a key, a dataset). */
export interface IamParts {
  policies: IacResource[];
  bindings: IacResource[];
  members: IacResource[];
  /** IAM resources whose target is one of several resources (a reference to every instance of a counted block). */
  ambiguous?: IacResource[];
}

export const emptyParts = (): IamParts => ({ policies: [], bindings: [], members: [] });

function conditionOf(v: unknown): Binding['condition'] {
  const c = blk(v);
  if (!c) return undefined;
  return compact({ expression: str(c.expression), title: str(c.title), description: str(c.description) });
}

const condKey = (c: Binding['condition']): string => (c ? `${String(knownString(c.title))}\u0000${String(knownString(c.expression))}` : '');

/** The bindings of a `google_iam_policy` data source (binding blocks) or of a policy JSON string. */
export function policyDataBindings(idx: Index, r: IacResource): { bindings: Binding[]; auditConfigs?: unknown[] } {
  const data = r.values.policy_data;
  if (typeof data === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(data);
    } catch (e) {
      idx.ctx.diag({ severity: 'warning', file: r.file, line: r.lines?.policy_data ?? r.line, code: 'InvalidPolicyJson', message: `${r.address}: policy_data is not valid JSON (${(e as Error).message})` });
      throw new Unknown(`policy_data of ${r.address} is not valid JSON`);
    }
    const p = (parsed ?? {}) as { bindings?: Array<{ role?: string; members?: string[]; condition?: Binding['condition'] }>; auditConfigs?: unknown[] };
    return {
      bindings: (p.bindings ?? []).map((b) => compact({ role: b.role ?? '', members: [...(b.members ?? [])], condition: b.condition })),
      ...(p.auditConfigs ? { auditConfigs: p.auditConfigs } : {}),
    };
  }
  if (isUnknown(data)) {
    const doc = idx.refs(data, ['google_iam_policy'])[0];
    if (!doc) throw data;
    const bindings = blks(doc.values.binding).map((b) => compact({ role: or(str(b.role), ''), members: or(strs(b.members), []) as Array<string | Unknown>, condition: conditionOf(b.condition) }));
    const audits = blks(doc.values.audit_config).map((a) => auditConfigOf(a.service, a.audit_log_configs));
    return { bindings, ...(audits.length ? { auditConfigs: audits } : {}) };
  }
  return { bindings: [] };
}

/** An `auditConfigs` entry as the IAM API writes it. */
export function auditConfigOf(service: unknown, logConfigs: unknown): Obj {
  return {
    service: str(service),
    auditLogConfigs: blks(logConfigs).map((l) => compact({ logType: str(l.log_type), exemptedMembers: nonEmpty(l.exempted_members) })),
  };
}

/**
 * The bindings GCP holds after applying the IAM resources over `base` (what the target has when no
 * `*_iam_policy` replaces it): a policy resource replaces everything, a binding resource replaces the members
 * of its role (and condition), a member resource adds one member. Sorted by role, members sorted, as the
 * APIs return them. Throws the first Unknown (the policy is then a gap).
 */
export function mergeBindings(idx: Index, parts: IamParts, base: Binding[]): { bindings: Binding[]; auditConfigs?: unknown[] } {
  const unsure = parts.ambiguous?.[0];
  if (unsure) throw new Unknown(`${unsure.address} applies to one of several resources, not known which`, [unsure.address]);
  let auditConfigs: unknown[] | undefined;
  let start = base;
  if (parts.policies.length) {
    const p = parts.policies[parts.policies.length - 1]!;
    const got = policyDataBindings(idx, p);
    start = got.bindings;
    auditConfigs = got.auditConfigs;
  }
  const byKey = new Map<string, Binding>();
  const seen = new Map<string, Set<string | Unknown>>();
  const add = (b: Binding, replace: boolean) => {
    if (isUnknown(b.role)) throw b.role;
    const key = `${b.role}\u0001${condKey(b.condition)}`;
    const have = byKey.get(key);
    if (!have || replace) {
      byKey.set(key, { ...b, members: [...new Set(b.members)] });
      seen.set(key, new Set(b.members));
      return;
    }
    const set = seen.get(key)!;
    for (const m of b.members) {
      if (set.has(m)) continue;
      set.add(m);
      have.members.push(m);
    }
  };
  for (const b of start) add(b, false);
  for (const r of parts.bindings) {
    const members = strs(r.values.members);
    if (isUnknown(members)) throw members;
    add(compact({ role: or(str(r.values.role), ''), members: members ?? [], condition: conditionOf(r.values.condition) }), true);
  }
  for (const r of parts.members) {
    const m = str(r.values.member);
    if (m === undefined) continue;
    add(compact({ role: or(str(r.values.role), ''), members: [m], condition: conditionOf(r.values.condition) }), false);
  }
  const bindings = [...byKey.values()]
    .filter((b) => b.members.length > 0)
    .map((b) => ({ ...b, members: [...b.members].sort(byString) }))
    .sort((a, b) => byString(a.role, b.role));
  return { bindings, ...(auditConfigs ? { auditConfigs } : {}) };
}

const byString = (a: string | Unknown, b: string | Unknown): number => String(knownString(a) ?? '').localeCompare(String(knownString(b) ?? ''));

/** The IAM policy document as getIamPolicy returns it (version 3 when a binding has a condition; empty lists omitted). */
export function policyDocument(bindings: Binding[], extra: Obj = {}): Obj {
  return compact({ ...extra, version: bindings.some((b) => b.condition) ? 3 : 1, bindings: bindings.length ? bindings : undefined });
}

/**
 * Groups IAM resources (`<prefix>_policy` / `_binding` / `_member`) by the target key(s) `target` gives. A
 * resource with several possible targets makes each of their policies unknown rather than guessing one.
 */
export function iamPartsBy(idx: Index, prefix: string, target: (r: IacResource) => string | string[] | undefined): Map<string, IamParts> {
  const out = new Map<string, IamParts>();
  const parts = (key: string): IamParts => {
    let p = out.get(key);
    if (!p) out.set(key, (p = emptyParts()));
    return p;
  };
  const put = (kind: 'policies' | 'bindings' | 'members', r: IacResource) => {
    const t = target(r);
    const keys = t === undefined ? [] : Array.isArray(t) ? t : [t];
    if (keys.length === 1) parts(keys[0]!)[kind].push(r);
    else for (const k of keys) (parts(k).ambiguous ??= []).push(r);
  };
  for (const r of idx.of(`${prefix}_policy`)) put('policies', r);
  for (const r of idx.of(`${prefix}_binding`)) put('bindings', r);
  for (const r of idx.of(`${prefix}_member`)) put('members', r);
  return out;
}

/** RFC 3339 time `seconds` after `iso`. */
export function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

/**
 * A reference to another resource's name (`google_storage_bucket.logs.name`, `.id`): the referenced
 * resource's known name when the value is an Unknown naming one, else the value as it is.
 */
export function refName(idx: Index, v: unknown, types: readonly string[], name: (r: IacResource) => string | undefined = (r) => nameOf(r)): Maybe<string> {
  if (!isUnknown(v)) return str(v);
  const target = idx.refs(v, types)[0];
  return (target && name(target)) ?? v;
}
