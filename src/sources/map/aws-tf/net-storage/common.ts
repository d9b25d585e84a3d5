/**
 * Shared helpers of the Terraform `hashicorp/aws` network, storage, compute, database and container mappers:
 * where an asset lives (partition, account, region from the provider configuration), joining related blocks
 * through references, and the few values that are certain to exist although their text is not known before
 * apply (a reference to a security group, a KMS key created in the same configuration).
 */
import { isUnknown, Unknown, type IacResource } from '../../../model.js';
import { block, iacId, knownString, tagMap, type MapContext } from '../../kit.js';

/** `aws_s3_bucket.b[0]` → `aws_s3_bucket.b`: the address a reference to every instance uses. */
function baseAddress(address: string): string | undefined {
  if (!address.endsWith(']')) return undefined;
  const open = address.lastIndexOf('[');
  return open > 0 ? address.slice(0, open) : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Resources of one input indexed by type, by address and by known attribute values, so that joining related
 * blocks costs a lookup per reference instead of a scan over every resource (the semantics of `referenced()`
 * in kit.ts: through an Unknown's refs, as `refersTo` matches them, or by a known attribute value; same module).
 */
export class ResourceIndex {
  private readonly byType = new Map<string, IacResource[]>();
  private readonly byAddress = new Map<string, IacResource[]>();
  private readonly byValue = new Map<string, IacResource[]>();

  constructor(resources: readonly IacResource[]) {
    for (const r of resources) {
      push(this.byType, r.type, r);
      push(this.byAddress, r.address, r);
      const base = baseAddress(r.address);
      if (base !== undefined) push(this.byAddress, base, r);
    }
  }

  of(...types: string[]): IacResource[] {
    if (types.length === 1) return (types[0] !== undefined && this.byType.get(types[0])) || [];
    return types.flatMap((t) => this.byType.get(t) ?? []);
  }

  private valueKey(type: string, module: string, attr: string, value: string): string {
    return `${type}\u0000${module}\u0000${attr}\u0000${value}`;
  }

  /** Resources of `type` by the known string value of `attr`, built on first use. */
  private withValue(type: string, module: string, attr: string, value: string): IacResource[] {
    const marker = `${type}\u0000${attr}`;
    if (!this.byValue.has(marker)) {
      this.byValue.set(marker, []);
      for (const r of this.byType.get(type) ?? []) {
        const v = r.values[attr];
        if (typeof v === 'string') push(this.byValue, this.valueKey(type, r.module, attr, v), r);
      }
    }
    return this.byValue.get(this.valueKey(type, module, attr, value)) ?? [];
  }

  /**
   * The resources of `types` that `value` (an argument of `from`) points at, in `from`'s module: through the
   * Unknown's refs, or by a known value equal to one of `attrs` of the candidate.
   */
  targets(from: IacResource, value: unknown, types: readonly string[], attrs: readonly string[]): IacResource[] {
    const out: IacResource[] = [];
    if (isUnknown(value)) {
      for (const ref of value.refs)
        for (const r of this.byAddress.get(ref) ?? []) if (types.includes(r.type) && r.module === from.module && !out.includes(r)) out.push(r);
      return out;
    }
    if (typeof value !== 'string') return out;
    for (const type of types) for (const attr of attrs) for (const r of this.withValue(type, from.module, attr, value)) if (!out.includes(r)) out.push(r);
    return out;
  }

  /**
   * Children grouped by the parent they point at (through `arg`), for every child of `childTypes`. A child
   * pointing at nothing known here (a resource of another configuration) is left out.
   */
  children(childTypes: readonly string[], arg: string, parentTypes: readonly string[], attrs: readonly string[]): Map<IacResource, IacResource[]> {
    const out = new Map<IacResource, IacResource[]>();
    for (const child of this.of(...childTypes)) for (const parent of this.targets(child, child.values[arg], parentTypes, attrs)) push(out, parent, child);
    return out;
  }
}

/** The AWS partition of a region: `aws-cn` in China, `aws-us-gov` in GovCloud, `aws` elsewhere. */
export function partitionOf(region: string | undefined): string {
  if (region?.startsWith('cn-')) return 'aws-cn';
  if (region?.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** Where the resource's asset lives, as far as the provider configuration says. */
export interface Placement {
  region: string | undefined;
  account: string | undefined;
  partition: string;
}

/**
 * Region from the provider block's `region`; account from `allowed_account_ids` when it names exactly one
 * account (Terraform refuses to run against any other), else unknown.
 */
export function placement(r: IacResource): Placement {
  const region = knownString(r.providerConfig.region);
  const ids = r.providerConfig.allowed_account_ids;
  const account = Array.isArray(ids) && ids.length === 1 ? knownString(ids[0]) : undefined;
  return { region, account, partition: partitionOf(region) };
}

/** Tags as AWS will hold them: the provider's `default_tags` under the resource's own `tags`. */
export function awsTags(r: IacResource): Record<string, string> {
  const defaults = block(r.providerConfig.default_tags);
  return { ...tagMap(defaults?.tags), ...tagMap(r.values.tags) };
}

/**
 * An attribute of a managed resource that is computed at apply: the HCL evaluator says `computed attribute
 * <address>.<name>`, a plan's `after_unknown` says `known after apply: ...` (with the configuration's
 * references). Data sources and anything else (variables, conditionals, functions) do not count.
 */
function isComputedAttribute(u: Unknown): boolean {
  return (u.reason.startsWith('computed attribute') || u.reason.startsWith('known after apply')) && u.refs.length > 0 && u.refs.every((ref) => !/(^|\.)data\./.test(ref));
}

/**
 * A stand-in for a value that certainly exists but whose text is only known after apply: a computed
 * attribute of a resource of the same configuration (`aws_iam_instance_profile.p.arn`). Anything else that
 * is unknown (a variable, a data source, a conditional) stays Unknown, so its aspect becomes a gap.
 */
export function present(v: unknown): unknown {
  if (isUnknown(v) && isComputedAttribute(v)) return `(known after apply: ${v.refs.join(', ')})`;
  return v;
}

/**
 * A KMS key reference as the asset stores it: a known ARN / id / alias as written, or, for a key created in
 * the same configuration (`aws_kms_key.k.arn`), the `iac:` id its own asset carries, so key lookups
 * (`keyRef` against `AWS::KMS::Key` assets) find it. Other unknowns stay Unknown.
 */
export function kmsKeyRef(v: unknown, from: IacResource): unknown {
  if (!isUnknown(v)) return v;
  const keys = v.refs.filter((ref) => /(^|\.)aws_kms_key\.[^.]+$/.test(ref.replace(/\[[^\]]*\]$/, '')));
  if (keys.length === 1 && v.refs.length === 1 && isComputedAttribute(v)) return iacId({ root: from.root, address: keys[0]! });
  return v;
}

/** A boolean argument with the provider's default when it is not written. */
export function bool(v: unknown, dflt: boolean): boolean | Unknown {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'boolean' || isUnknown(v)) return v as boolean | Unknown;
  if (v === 'true') return true;
  if (v === 'false') return false;
  return new Unknown(`not a boolean: ${JSON.stringify(v)}`);
}

/** A number argument with a default; numeric strings are numbers, as Terraform converts them. */
export function num(v: unknown, dflt?: number): number | Unknown | undefined {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'number' || isUnknown(v)) return v as number | Unknown;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return new Unknown(`not a number: ${JSON.stringify(v)}`);
}

/** A string argument with a default. */
export function str(v: unknown, dflt?: string): string | Unknown | undefined {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'string' || isUnknown(v)) return v as string | Unknown;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return new Unknown(`not a string: ${JSON.stringify(v)}`);
}

/** A list argument: known elements kept, an Unknown list stays Unknown, absent is `[]`. */
export function list(v: unknown): unknown[] | Unknown {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  return Array.isArray(v) ? v : [v];
}

/** The value when known, else undefined: for fields no rule reads, which are left out rather than gapping the aspect. */
export function ifKnown<T>(v: T | Unknown | undefined | null): T | undefined {
  return v === null || v === undefined || isUnknown(v) ? undefined : v;
}

/** An object without its undefined members (absent fields, as the SDK leaves them out). */
export function compact<T extends Record<string, unknown>>(o: T): T {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

/** Reports a problem with one resource; mapping goes on. */
export function warn(ctx: MapContext, r: IacResource, code: string, message: string, arg?: string): void {
  ctx.diag({ severity: 'warning', file: r.file, line: (arg && r.lines?.[arg]) || r.line, code, message: `${r.address}: ${message}` });
}
