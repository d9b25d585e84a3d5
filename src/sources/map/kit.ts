import type { Asset, AssetSource, CollectionError, Provider } from '../../core/asset.js';
import { apiAsset } from '../../providers/discovery.js';
import { findUnknown, isUnknown, refersTo, type Diagnostic, type IacResource, type Unknown } from '../model.js';

/**
 * The toolkit every offline mapper uses to turn IaC resources (or export items) into the same assets live
 * discovery stores: same id, type, kind and native aspects in the SDK's shapes, so the same facet
 * derivations and rules apply unchanged.
 */

/** What a mapper is told about the run. */
export interface MapContext {
  /** `iac` for Terraform / CloudFormation, `snapshot` for inventory exports. */
  sourceType: 'iac' | 'snapshot';
  /** Timestamp every asset of this run carries as `observedAt`. */
  observedAt: string;
  /** Report a problem with one resource (file and line); mapping goes on. */
  diag(d: Diagnostic): void;
}

/**
 * A mapper for one tool's resource types of one provider. `map` sees every resource of one input (a root
 * module with its modules, a template, a plan) at once, because related blocks merge into one asset the way
 * the cloud presents it (`aws_s3_bucket` + `aws_s3_bucket_versioning` + ...). Resources whose type is in
 * `types` but that are only parts of another asset (the versioning block) produce no asset of their own.
 */
export interface IacMapper {
  provider: Provider;
  /** Tool-native types this mapper reads (`aws_s3_bucket`, `aws_s3_bucket_versioning`, ...). */
  types: readonly string[];
  map(resources: readonly IacResource[], ctx: MapContext): Asset[];
}

/** The account and region an asset gets when its provider configuration does not say. */
export const UNKNOWN_ACCOUNT = 'unknown';
export const UNKNOWN_REGION = 'unknown';

/** A stable id for a resource whose real id cannot be known before apply: `iac:<root>#<address>`. */
export function iacId(r: Pick<IacResource, 'root' | 'address'>): string {
  return `iac:${r.root}#${r.address}`;
}

/** A known string, or undefined (absent, not a string, or Unknown). */
export function knownString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

/** The first element of a nested block list (`versioning: [{...}]` → `{...}`), or undefined. */
export function block(v: unknown): Record<string, unknown> | undefined {
  const first = Array.isArray(v) ? v[0] : v;
  return first !== null && typeof first === 'object' && !isUnknown(first) && !Array.isArray(first) ? (first as Record<string, unknown>) : undefined;
}

/** All elements of a nested block list that are objects. */
export function blocks(v: unknown): Array<Record<string, unknown>> {
  if (!Array.isArray(v)) return [];
  return v.filter((x): x is Record<string, unknown> => x !== null && typeof x === 'object' && !isUnknown(x) && !Array.isArray(x));
}

/**
 * The resources of `type` that `value` points at: through an Unknown's refs (`aws_s3_bucket.b.id`), or by a
 * known attribute equal to `value` (`bucket = "logs"` matching the bucket named "logs"). `module` is the
 * referring resource's module path: references resolve inside the same module instance.
 */
export function referenced(resources: readonly IacResource[], value: unknown, type: string, byAttr: string, module: string): IacResource[] {
  const same = resources.filter((r) => r.type === type && r.module === module);
  if (isUnknown(value)) return same.filter((r) => value.refs.some((ref) => refersTo(ref, r)));
  if (typeof value === 'string') return same.filter((r) => r.values[byAttr] === value);
  return [];
}

export interface AssetInit {
  provider: Provider;
  id: string;
  type: string;
  kind: string;
  name: string;
  account?: string;
  region?: string;
  tags?: Record<string, string>;
}

/**
 * Builds one asset from a resource (its file, line, address and suppressions become `source`). Aspects set
 * through `aspect()` that contain an Unknown become gaps (`UnknownUntilApply`, naming the resource, file
 * and line), so rules on them say `unknown`.
 */
export class AssetBuilder {
  private readonly asset: Asset;

  constructor(
    init: AssetInit,
    private readonly res: IacResource,
    ctx: MapContext,
    /** The service named in gaps, as live collectors name it (`s3`, `storage`, `compute`). */
    private readonly service: string,
  ) {
    const source: AssetSource =
      ctx.sourceType === 'iac'
        ? { type: 'iac', file: res.file, line: res.line, address: res.address, ...(res.suppressions.length ? { suppressions: res.suppressions.map((s) => ({ ruleId: s.ruleId, reason: s.reason, line: s.line })) } : {}) }
        : { type: 'snapshot', file: res.file, line: res.line };
    const { provider, account, region, ...rest } = init;
    this.asset = { ...apiAsset(provider, account ?? UNKNOWN_ACCOUNT, region ?? UNKNOWN_REGION, rest, ctx.observedAt), source };
  }

  /** Sets an aspect; a value containing an Unknown becomes a gap instead. `build` may also throw an Unknown. */
  aspect(name: string, build: () => unknown): this {
    let value: unknown;
    try {
      value = build();
    } catch (e) {
      if (isUnknown(e)) return this.unknown(name, e);
      throw e;
    }
    const u = findUnknown(value);
    if (u) return this.unknown(name, u);
    this.asset.config[name] = value;
    return this;
  }

  /**
   * Sets an aspect the configuration does not write to the provider's documented default (S3's Block Public
   * Access on for new buckets); the provenance says so, so evidence can tell a default from a setting.
   */
  defaulted(name: string, value: unknown): this {
    this.asset.config[name] = value;
    (this.asset.provenance ??= {})[name] = `${this.asset.provider}:parapet:DocumentedDefault`;
    return this;
  }

  /** Records `name` as not knowable before apply. */
  unknown(name: string, u: Unknown): this {
    this.asset.gaps[name] = this.gap('UnknownUntilApply', `${this.res.address}: ${name} is not known before apply (${u.reason}) at ${this.res.file}:${this.res.line}`);
    return this;
  }

  /** A gap for another reason (an unsupported construct, a malformed embedded policy). */
  gap(code: string, message: string): CollectionError {
    return {
      provider: this.asset.provider,
      account: this.asset.account,
      region: this.asset.region,
      service: this.service,
      operation: 'Evaluate',
      code,
      message,
      resource: this.res.address,
    };
  }

  setGap(name: string, code: string, message: string): this {
    this.asset.gaps[name] = this.gap(code, message);
    return this;
  }

  tags(tags: Record<string, string>): this {
    this.asset.tags = tags;
    return this;
  }

  build(): Asset {
    return this.asset;
  }
}

/** Known string-valued tags from a Terraform `tags` map / CloudFormation `Tags` list; unknown values are left out. */
export function tagMap(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(v)) {
    for (const t of v) {
      if (t && typeof t === 'object' && typeof (t as { Key?: unknown }).Key === 'string' && typeof (t as { Value?: unknown }).Value === 'string') out[(t as { Key: string }).Key] = (t as { Value: string }).Value;
    }
  } else if (v && typeof v === 'object' && !isUnknown(v)) {
    for (const [k, x] of Object.entries(v)) if (typeof x === 'string') out[k] = x;
  }
  return out;
}
