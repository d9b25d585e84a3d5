/**
 * What the azurerm mappers share: one index of the input's resources (by type and by address, so joins are
 * linear), ARM ids built the way ARM spells them when every part is statically known, and the helpers that
 * turn Terraform arguments into the `@azure/arm-*` model shapes the live collectors store.
 */
import type { Asset } from '../../../core/asset.js';
import { regionOf } from '../../../providers/azure/arm-ids.js';
import { Unknown, isUnknown, type IacResource } from '../../model.js';
import { AssetBuilder, iacId, knownString, tagMap, type MapContext } from '../kit.js';

/** How one Terraform type's ARM id is built from its arguments (undefined when a part is not known). */
export type ArmIdBuilder = (r: IacResource, g: Graph) => string | undefined;

/** The subscription a resource deploys into: azurerm's provider `subscription_id`, when a known string. */
export function subscriptionOf(r: IacResource): string | undefined {
  return knownString(r.providerConfig.subscription_id);
}

/** `/subscriptions/<s>/resourceGroups/<rg>/providers/<path>/<name>` from `resource_group_name` and `name`. */
export function rgScoped(path: string): ArmIdBuilder {
  return (r) => {
    const sub = subscriptionOf(r);
    const rg = knownString(r.values.resource_group_name);
    const name = knownString(r.values.name);
    return sub && rg && name ? `/subscriptions/${sub}/resourceGroups/${rg}/providers/${path}/${name}` : undefined;
  };
}

/** A child's id under its parent's (`<account id>/blobServices/default/containers/<name>`). */
export function childOf(parentTypes: string[], attrs: string[], segment: string): ArmIdBuilder {
  return (r, g) => {
    const parent = g.parentOf(r, parentTypes, attrs);
    const pid = parent ? g.armId(parent) : undefined;
    const name = knownString(r.values.name);
    return pid && name ? `${pid}/${segment}/${name}` : undefined;
  };
}

/** Strips a trailing instance key: `a.b[0]` → `a.b`. */
function baseAddress(address: string): string {
  return address.endsWith(']') ? address.slice(0, address.lastIndexOf('[')) : address;
}

/**
 * Every resource of one input, indexed once: by type, by address (and by address without instance key, so
 * a reference to `x.y` finds `x.y[0]` and `x.y[1]`), and by ARM id (lower-case) once computed.
 */
export class Graph {
  private readonly byType = new Map<string, IacResource[]>();
  private readonly byAddress = new Map<string, IacResource[]>();
  private readonly ids = new Map<IacResource, string | undefined>();
  private readonly byArmId = new Map<string, Map<string, IacResource[]>>();
  private readonly byName = new Map<string, Map<string, IacResource[]>>();
  private readonly computing = new Set<IacResource>();
  private readonly root: string | undefined;

  constructor(
    resources: readonly IacResource[],
    private readonly builders: Record<string, ArmIdBuilder>,
  ) {
    this.root = resources[0]?.root;
    for (const r of resources) {
      // Data sources make no asset, but references resolve to them (an existing vault's ARM id is known
      // from its name and resource group).
      if (r.mode === 'managed') push(this.byType, r.type, r);
      push(this.byAddress, r.address, r);
      const base = baseAddress(r.address);
      if (base !== r.address) push(this.byAddress, base, r);
    }
  }

  of(type: string): IacResource[] {
    return this.byType.get(type) ?? [];
  }

  /** The resources a reference (as in `Unknown.refs`) names. */
  resolve(ref: string): IacResource[] {
    return this.byAddress.get(ref) ?? [];
  }

  /** The ARM id of a resource when every part of it is known (cached). */
  armId(r: IacResource): string | undefined {
    if (this.ids.has(r)) return this.ids.get(r);
    if (this.computing.has(r)) return undefined; // a reference cycle: give up on this id
    this.computing.add(r);
    const id = this.builders[r.type]?.(r, this);
    this.computing.delete(r);
    this.ids.set(r, id);
    return id;
  }

  /** The asset id: the ARM id when known, else `iac:<root>#<address>`. */
  id(r: IacResource): string {
    return this.armId(r) ?? iacId(r);
  }

  /**
   * The resources of `types` that `value` points at: through an Unknown's refs (`azurerm_x.y.id`), a known
   * ARM id (case-insensitive), or a known name (`storage_account_name = "logs"`).
   */
  targets(value: unknown, types: readonly string[]): IacResource[] {
    if (isUnknown(value)) {
      const out: IacResource[] = [];
      for (const ref of value.refs) for (const r of this.resolve(ref)) if (types.includes(r.type) && !out.includes(r)) out.push(r);
      return out;
    }
    if (typeof value !== 'string' || value === '') return [];
    if (value.startsWith('/')) {
      const key = value.toLowerCase();
      return types.flatMap((t) => this.armIndex(t).get(key) ?? []);
    }
    return types.flatMap((t) => this.nameIndex(t).get(value) ?? []);
  }

  /** The first resource of `types` that one of `attrs` of `r` points at. */
  parentOf(r: IacResource, types: readonly string[], attrs: readonly string[]): IacResource | undefined {
    for (const a of attrs) {
      const found = this.targets(r.values[a], types);
      if (found.length === 0) continue;
      // Several with the same name: prefer the one in the same module and resource group.
      const rg = r.values.resource_group_name;
      return found.find((p) => p.module === r.module && (rg === undefined || p.values.resource_group_name === rg)) ?? found.find((p) => p.module === r.module) ?? found[0];
    }
    return undefined;
  }

  /** Resources of `childType` grouped by the parent (of `parentTypes`) one of their `attrs` points at. */
  childrenBy(childType: string, parentTypes: readonly string[], attrs: readonly string[]): Map<IacResource, IacResource[]> {
    const out = new Map<IacResource, IacResource[]>();
    for (const c of this.of(childType)) {
      const p = this.parentOf(c, parentTypes, attrs);
      if (p) push(out, p, c);
    }
    return out;
  }

  /**
   * Children of `childType` whose reference to their parent is not known and names nothing in this input
   * (a variable without value, a module output), by module: they may belong to any parent there, so the
   * parents' aspect they feed cannot be told.
   */
  unresolved(childType: string, parentTypes: readonly string[], attrs: readonly string[]): Map<string, Unknown> {
    const out = new Map<string, Unknown>();
    for (const c of this.of(childType)) {
      const vals = attrs.map((a) => c.values[a]).filter((v) => v !== undefined);
      if (vals.length && vals.every(isUnknown) && !this.parentOf(c, parentTypes, attrs) && !out.has(c.module)) {
        out.set(c.module, new Unknown(`${c.address} may belong to it (its parent is not known before apply)`, [c.address]));
      }
    }
    return out;
  }

  /**
   * An id-valued argument as the API would report it: a known string as is; a reference to a resource of
   * this input as that resource's id (its ARM id, or its `iac:` id when that is not known before apply);
   * otherwise the Unknown itself (the aspect then becomes a gap).
   */
  refId(value: unknown): unknown {
    if (!isUnknown(value)) return value;
    const found = value.refs.flatMap((ref) => this.resolve(ref));
    if (found.length === 1 && found[0]) return this.id(found[0]);
    // A resource this mapper is not given (a workspace, an identity, a data source): its `iac:` id.
    const ref = value.refs.length === 1 ? value.refs[0] : undefined;
    return found.length === 0 && ref && this.root !== undefined ? iacId({ root: this.root, address: ref }) : value;
  }

  private armIndex(type: string): Map<string, IacResource[]> {
    let m = this.byArmId.get(type);
    if (!m) {
      m = new Map();
      this.byArmId.set(type, m);
      for (const r of this.of(type)) {
        const id = this.armId(r);
        if (id) push(m, id.toLowerCase(), r);
      }
    }
    return m;
  }

  private nameIndex(type: string): Map<string, IacResource[]> {
    let m = this.byName.get(type);
    if (!m) {
      m = new Map();
      this.byName.set(type, m);
      for (const r of this.of(type)) {
        const n = knownString(r.values.name);
        if (n) push(m, n, r);
      }
    }
    return m;
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Region from `location` (lower-case, no spaces); undefined when not known. */
export function regionFrom(v: unknown): string | undefined {
  const s = knownString(v);
  return s ? regionOf(s) : undefined;
}

export interface AssetSpec {
  type: string;
  kind: string;
  /** The asset name when it differs from `values.name` (`<account>/<container>`). */
  name?: string;
  /** The region when it is not the resource's own `location` (children inherit their parent's). */
  region?: string;
  tags?: Record<string, string>;
  /** The service named in gaps, as live collectors name it. */
  service: string;
  /** The id when it is not the resource's own (settings assets with a fixed id). */
  id?: string;
}

/**
 * A value no rule judges (a tenant or principal id, a location string, a login name): when not known before
 * apply it is left out of the model instead of making the whole aspect a gap.
 */
export function loose(v: unknown): unknown {
  return isUnknown(v) ? undefined : v;
}

/** Drops keys whose value is undefined (JSON never carries them), depth-first. */
export function clean(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clean);
  if (v === null || typeof v !== 'object' || isUnknown(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = clean(x);
  return out;
}

/** An AssetBuilder whose aspect values are cleaned of undefined keys (as the JSON the collectors store). */
class AzureAssetBuilder extends AssetBuilder {
  override aspect(name: string, build: () => unknown): this {
    return super.aspect(name, () => clean(build()));
  }
}

/** An AssetBuilder for one resource with the id, account and region the live collector would give it. */
export function builder(r: IacResource, g: Graph, ctx: MapContext, spec: AssetSpec): AssetBuilder {
  return new AzureAssetBuilder(
    {
      provider: 'azure',
      id: spec.id ?? g.id(r),
      type: spec.type,
      kind: spec.kind,
      name: spec.name ?? knownString(r.values.name) ?? r.name,
      account: subscriptionOf(r),
      region: spec.region ?? regionFrom(r.values.location),
      tags: spec.tags ?? tagMap(r.values.tags),
    },
    r,
    ctx,
    spec.service,
  );
}

/** `v` when set (known or Unknown), else the documented default. */
export function or<T>(v: unknown, dflt: T): unknown {
  return v === undefined || v === null ? dflt : v;
}

/** A Terraform boolean as ARM's `Enabled` / `Disabled`, Unknown kept. */
export function enabledDisabled(v: unknown, dflt: boolean): unknown {
  if (isUnknown(v)) return v;
  const b = v === undefined || v === null ? dflt : v === true || v === 'true';
  return b ? 'Enabled' : 'Disabled';
}

/** A list argument (Unknown kept; absent → []). */
export function list(v: unknown): unknown[] | Unknown {
  if (isUnknown(v)) return v;
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** Each element of a list argument mapped (an Unknown list kept). */
export function mapList(v: unknown, f: (x: unknown) => unknown): unknown[] | Unknown {
  const l = list(v);
  return isUnknown(l) ? l : l.map(f);
}

/** Copies one aspect (value, gap and provenance) from one built asset to another (containers carry their account's). */
export function copyAspect(from: Asset, to: Asset, name: string): void {
  if (name in from.config) to.config[name] = from.config[name];
  if (from.gaps[name]) to.gaps[name] = from.gaps[name];
  const p = from.provenance?.[name];
  if (p !== undefined) (to.provenance ??= {})[name] = p;
}

/** An RFC 3339 date argument (`expiration_date`) as Unix seconds (Key Vault key attributes). */
export function unixSeconds(v: unknown): unknown {
  if (isUnknown(v) || typeof v !== 'string') return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : Math.floor(t / 1000);
}
