/**
 * Shared pieces of the CloudFormation → AWS asset mappers: the index of a template's resources, asset ids,
 * statically known references, CloudFormation's value conventions (booleans and numbers as strings,
 * policy documents as objects or JSON text).
 */
import type { Asset } from '../../../core/asset.js';
import { Deferred, type Part } from '../../cloudformation/intrinsics.js';
import { findUnknown, isUnknown, Unknown, type IacResource } from '../../model.js';
import { AssetBuilder, iacId, knownString, type AssetInit, type MapContext } from '../kit.js';

export const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v) && !isUnknown(v);

/** Every resource of one template, by logical id and by type; joins go through these maps. */
export class Template {
  readonly byId = new Map<string, IacResource>();
  private readonly byType = new Map<string, IacResource[]>();

  /** Indexes the resources, then replaces each by a copy whose statically nameable references are filled in. */
  constructor(
    resources: readonly IacResource[],
    readonly ctx: MapContext,
  ) {
    for (const r of resources) this.byId.set(r.address, r);
    // Twice: a name that is itself a reference (`BucketName: !Sub '${Other}-copy'`) is known after the first pass.
    let bound = resources.map((r) => ({ ...r, values: materialize(this, r.values) as Record<string, unknown> }));
    for (const r of bound) this.byId.set(r.address, r);
    bound = resources.map((r) => ({ ...r, values: materialize(this, r.values) as Record<string, unknown> }));
    for (const r of bound) {
      this.byId.set(r.address, r);
      const list = this.byType.get(r.type) ?? [];
      list.push(r);
      this.byType.set(r.type, list);
    }
  }

  of(type: string): IacResource[] {
    return this.byType.get(type) ?? [];
  }

  /** Per (type, nameProp): resources by every string that names them (name property, asset id, Ref value). */
  private readonly keyIndex = new Map<string, Map<string, IacResource[]>>();
  /** Per (part type, property, target type, nameProp): the parts naming each target, by target address. */
  private readonly partIndex = new Map<string, Map<string, IacResource[]>>();

  private keys(type: string, nameProp: string | undefined): Map<string, IacResource[]> {
    const k = `${type}|${nameProp ?? ''}`;
    let index = this.keyIndex.get(k);
    if (!index) {
      index = new Map();
      for (const r of this.of(type)) {
        const names = new Set([assetIdOf(r), refValue(r), nameProp ? knownString(r.values[nameProp]) : undefined]);
        for (const n of names) if (n !== undefined) index.set(n, [...(index.get(n) ?? []), r]);
      }
      this.keyIndex.set(k, index);
    }
    return index;
  }

  /**
   * The resources of `type` that `value` names: through the logical ids an Unknown refers to (`!Ref B`,
   * `!GetAtt B.Arn`), or a known string equal to the resource's `nameProp`, its asset id or its Ref value.
   */
  targets(value: unknown, type: string, nameProp?: string): IacResource[] {
    if (isUnknown(value)) return value.refs.map((ref) => this.byId.get(ref)).filter((r): r is IacResource => r?.type === type);
    if (typeof value === 'string') return this.keys(type, nameProp).get(value) ?? [];
    return [];
  }

  /**
   * The resources of `partType` whose property `prop` (one value or a list) names `target`: a bucket's
   * BucketPolicy, a group's standalone rules, the policies listing a role. Indexed once per join.
   */
  parts(target: IacResource, partType: string, prop: string | readonly string[], nameProp?: string): IacResource[] {
    const props = typeof prop === 'string' ? [prop] : prop;
    const k = `${partType}|${props.join(',')}|${target.type}|${nameProp ?? ''}`;
    let index = this.partIndex.get(k);
    if (!index) {
      index = new Map();
      for (const p of this.of(partType)) {
        const raw = props.map((x) => p.values[x]).find((x) => x !== undefined);
        const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
        const named = new Set(items.flatMap((x) => this.targets(x, target.type, nameProp)));
        for (const t of named) index.set(t.address, [...(index.get(t.address) ?? []), p]);
      }
      this.partIndex.set(k, index);
    }
    return index.get(target.address) ?? [];
  }

  /** The resources of `type` listing `target` in property `listProp` (a list of names or references). */
  referrers(target: IacResource, type: string, listProp: string, nameProp?: string): IacResource[] {
    return this.parts(target, type, listProp, nameProp);
  }
}

export interface Where {
  account?: string;
  region?: string;
  partition: string;
}

export function where(r: IacResource): Where {
  const region = knownString(r.providerConfig.region);
  const account = knownString(r.providerConfig.account);
  const partition = region?.startsWith('cn-') ? 'aws-cn' : region?.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return { ...(account ? { account } : {}), ...(region ? { region } : {}), partition };
}

/** How each mapped type names its resource (the property) and builds its ARN from the name. */
interface Naming {
  prop?: string;
  arn?: (name: string, w: Where) => string | undefined;
}

const regional = (service: string, resource: (n: string) => string) => (name: string, w: Where) =>
  w.account && w.region ? `arn:${w.partition}:${service}:${w.region}:${w.account}:${resource(name)}` : undefined;
const iam = (kind: string) => (name: string, w: Where, path?: string) => (w.account ? `arn:${w.partition}:iam::${w.account}:${kind}${path ?? '/'}${name}` : undefined);

export const NAMING: Record<string, Naming> = {
  'AWS::S3::Bucket': { prop: 'BucketName', arn: (n, w) => `arn:${w.partition}:s3:::${n}` },
  'AWS::RDS::DBInstance': { prop: 'DBInstanceIdentifier', arn: regional('rds', (n) => `db:${n.toLowerCase()}`) },
  'AWS::RDS::DBCluster': { prop: 'DBClusterIdentifier', arn: regional('rds', (n) => `cluster:${n.toLowerCase()}`) },
  'AWS::CloudTrail::Trail': { prop: 'TrailName', arn: regional('cloudtrail', (n) => `trail/${n}`) },
  'AWS::IAM::User': { prop: 'UserName', arn: iam('user') },
  'AWS::IAM::Role': { prop: 'RoleName', arn: iam('role') },
  'AWS::IAM::Group': { prop: 'GroupName', arn: iam('group') },
  'AWS::IAM::ManagedPolicy': { prop: 'ManagedPolicyName', arn: iam('policy') },
  'AWS::Lambda::Function': { prop: 'FunctionName', arn: regional('lambda', (n) => `function:${n}`) },
  'AWS::SQS::Queue': { prop: 'QueueName', arn: regional('sqs', (n) => n) },
  'AWS::SNS::Topic': { prop: 'TopicName', arn: regional('sns', (n) => n) },
  'AWS::Logs::LogGroup': { prop: 'LogGroupName', arn: regional('logs', (n) => `log-group:${n}`) },
  'AWS::EKS::Cluster': { prop: 'Name', arn: regional('eks', (n) => `cluster/${n}`) },
  'AWS::ECR::Repository': { prop: 'RepositoryName', arn: regional('ecr', (n) => `repository/${n}`) },
};

/** The resource's name when the template fixes it. */
export function nameOf(r: IacResource): string | undefined {
  const prop = NAMING[r.type]?.prop;
  return prop ? knownString(r.values[prop]) : undefined;
}

/** The id the live collector would give (an ARN) when name, account and region are known, else `iacId`. */
export function assetIdOf(r: IacResource): string {
  const n = NAMING[r.type];
  const name = nameOf(r);
  if (n?.arn && name) {
    const path = r.type.startsWith('AWS::IAM::') ? knownString(r.values.Path) : undefined;
    const arn = (n.arn as (name: string, w: Where, path?: string) => string | undefined)(name, where(r), path);
    if (arn) return arn;
  }
  return iacId(r);
}

/** What `!Ref X` returns for the types whose Ref is statically known once the name is. */
export function refValue(r: IacResource): string | undefined {
  switch (r.type) {
    case 'AWS::S3::Bucket':
    case 'AWS::IAM::User':
    case 'AWS::IAM::Role':
    case 'AWS::IAM::Group':
    case 'AWS::Logs::LogGroup':
    case 'AWS::Lambda::Function':
    case 'AWS::EKS::Cluster':
    case 'AWS::ECR::Repository':
    case 'AWS::CloudTrail::Trail':
    case 'AWS::RDS::DBInstance':
    case 'AWS::RDS::DBCluster':
      return nameOf(r);
    case 'AWS::SNS::Topic':
    case 'AWS::IAM::ManagedPolicy': {
      const id = assetIdOf(r);
      return id.startsWith('arn:') ? id : undefined;
    }
    case 'AWS::SQS::Queue': {
      const w = where(r);
      const name = nameOf(r);
      return name && w.account && w.region ? `https://sqs.${w.region}.amazonaws.com/${w.account}/${name}` : undefined;
    }
    // Keys and security groups: their asset id stands for the id AWS assigns, so keyRef lookups and peers
    // name the asset the template declares.
    case 'AWS::KMS::Key':
    case 'AWS::EC2::SecurityGroup':
      return assetIdOf(r);
  }
  return undefined;
}

function bindPart(t: Template, p: Part): string | undefined {
  if (typeof p === 'string') return p;
  const r = t.byId.get(p.ref);
  if (!r) return undefined;
  if (p.attr === undefined) return refValue(r);
  // The ARN; when it cannot be known yet, the asset id stands for it (a bucket policy's Resource naming its
  // own bucket, a key named by an encryption setting): it names the asset the template declares.
  if (p.attr === 'Arn' || (r.type === 'AWS::KMS::Key' && p.attr === 'KeyId') || (r.type === 'AWS::EC2::SecurityGroup' && p.attr === 'GroupId')) return NAMING[r.type] || r.type === 'AWS::KMS::Key' || r.type === 'AWS::EC2::SecurityGroup' ? assetIdOf(r) : undefined;
  if (r.type === 'AWS::SQS::Queue' && p.attr === 'QueueName') return nameOf(r);
  if (r.type === 'AWS::SNS::Topic' && p.attr === 'TopicName') return nameOf(r);
  return undefined;
}

/**
 * `v` with every Deferred whose references can be named statically replaced by its string: another
 * resource's known name or ARN, a key's or security group's asset id. The rest stays Unknown.
 */
export function materialize(t: Template, v: unknown, depth = 0): unknown {
  if (v instanceof Deferred) {
    const out: string[] = [];
    for (const p of v.parts) {
      const s = bindPart(t, p);
      if (s === undefined) return v;
      out.push(s);
    }
    return out.join('');
  }
  if (isUnknown(v) || v === null || typeof v !== 'object' || depth > 100) return v;
  if (Array.isArray(v)) return v.map((x) => materialize(t, x, depth + 1));
  const o: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) o[k] = materialize(t, x, depth + 1);
  return o;
}

/**
 * A plain `!Ref X` (or `!GetAtt X.<attr>`) to a resource of `type` whose real name or id is assigned at
 * deploy: the declared resource's asset id stands for it where only its existence and identity matter
 * (a trail's or a bucket's log destination). Anything else is returned as it is.
 */
export function standIn(t: Template, v: unknown, type: string): unknown {
  if (!(v instanceof Deferred) || v.parts.length !== 1) return v;
  const p = v.parts[0]!;
  const target = typeof p === 'string' ? undefined : t.byId.get(p.ref);
  return target?.type === type ? assetIdOf(target) : v;
}

/** CloudFormation accepts `true`/`"true"`; absent → `dflt`; anything else stays as it is (Unknown → gap). */
export function bool(v: unknown, dflt?: boolean): boolean | Unknown | undefined {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  if (isUnknown(v)) return v;
  return new Unknown(`${JSON.stringify(v)} is not a boolean`);
}

export function num(v: unknown, dflt?: number): number | Unknown | undefined {
  if (v === undefined || v === null) return dflt;
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  if (isUnknown(v)) return v;
  return new Unknown(`${JSON.stringify(v)} is not a number`);
}

/** A policy document: CloudFormation takes an object or its JSON text. */
export function policyDocument(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return new Unknown('the policy document is not valid JSON');
  }
}

/** Only the entries whose value is not undefined (optional SDK members are absent, not undefined). */
export function compact<T extends Record<string, unknown>>(o: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out as Partial<T>;
}

/** A descriptive field (not judged by any rule) kept only when known, so it cannot turn an aspect into a gap. */
export function known<T>(v: T): T | undefined {
  return findUnknown(v) ? undefined : v;
}

/** A list property's items, or [] when absent. */
export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
}

/** `Tags: [{Key, Value}]` as the SDK's tag list (known entries only). */
export function tagList(v: unknown): Array<{ Key: string; Value: string }> {
  return list(v)
    .filter((t): t is { Key: string; Value: string } => isObj(t) && typeof t.Key === 'string' && typeof t.Value === 'string')
    .map((t) => ({ Key: t.Key, Value: t.Value }));
}

export function builder(r: IacResource, t: Template, init: Omit<AssetInit, 'provider' | 'account' | 'region'> & { region?: string }, service: string): AssetBuilder {
  const w = where(r);
  return new AssetBuilder({ provider: 'aws', ...(w.account ? { account: w.account } : {}), region: w.region, ...init }, r, t.ctx, service);
}

export type MapOne = (r: IacResource, t: Template) => Asset[];
