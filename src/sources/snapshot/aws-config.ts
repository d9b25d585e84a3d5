/**
 * AWS Config exports → the assets the live AWS collectors produce. Reads configuration snapshot files as
 * Config delivers them to S3 (`{fileVersion, configSnapshotId, configurationItems}`), configuration
 * history files, a plain array of configuration items, and the CLI's `get-resource-config-history`
 * (`configurationItems`) / `batch-get-resource-config` (`baseConfigurationItems`, `configuration` as a
 * JSON string). Config's `configuration` is the Describe* output in the Java SDK's camelCase; it becomes
 * the PascalCase SDK v3 shape each live collector stores, with per-type fixes. Aspects Config does not
 * record become `NotInSnapshot` gaps.
 */
import type { Asset } from '../../core/asset.js';
import { decodePolicyDocument } from '../../providers/aws/services/iam/support/documents.js';
import type { AssetBuilder } from '../map/kit.js';
import { UnknownTypes, embeddedJson, isRecord, isoTime, itemBuilder, notInSnapshot, str, type Reporter } from './common.js';

const EXPORT = 'AWS Config';

/** One configuration item, read. */
interface Item {
  type: string;
  resourceId: string;
  name?: string;
  arn?: string;
  account?: string;
  region?: string;
  partition: string;
  configuration: Record<string, unknown>;
  supplementary: Record<string, unknown>;
  /** The item's `tags` map (Config flattens tags into it), when it has one. */
  tags?: Record<string, string>;
  line: number;
  observedAt: string;
  file: string;
}

/** The items of one parsed document: a snapshot / history file, CLI output, or a plain array. */
function itemsOf(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (!isRecord(doc)) return undefined;
  if (Array.isArray(doc.configurationItems)) return doc.configurationItems;
  if (Array.isArray(doc.baseConfigurationItems)) return doc.baseConfigurationItems;
  if (typeof doc.resourceType === 'string') return [doc];
  return undefined;
}

const SKIPPED_STATUS = new Set(['ResourceDeleted', 'ResourceDeletedNotRecorded', 'ResourceNotRecorded']);

/** Camel → Pascal, deep; nulls dropped (the SDK omits absent members); map-valued members kept as they are. */
const OPAQUE = new Set(['variables', 'Variables']);
export function pascal(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(pascal);
  if (!isRecord(v)) return v;
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v)) {
    if (x === null || x === undefined) continue;
    const key = k.length ? k[0]!.toUpperCase() + k.slice(1) : k;
    out[key] = OPAQUE.has(k) || (k === 'tags' && isRecord(x)) ? x : pascal(x);
  }
  return out;
}

/** A member looked up case-insensitively (Config's supplementary keys are PascalCase, the CLI's sometimes camelCase). */
function member(o: Record<string, unknown>, name: string): unknown {
  if (name in o) return o[name];
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(o)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

/** A supplementary member, parsed when Config stored it as JSON text (the CLI stores every member so). */
function supplementary(it: Item, name: string): { present: false } | { present: true; ok: true; value: unknown } | { present: true; ok: false; message: string } {
  const raw = member(it.supplementary, name);
  if (raw === undefined) return { present: false };
  if (typeof raw === 'string' && /^\s*[[{]/.test(raw)) {
    const p = embeddedJson(raw);
    return p.ok ? { present: true, ok: true, value: p.value } : { present: true, ok: false, message: p.message };
  }
  return { present: true, ok: true, value: raw };
}

function tagsFromList(list: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(list)) {
    for (const t of list) {
      if (!isRecord(t)) continue;
      const k = member(t, 'key');
      if (typeof k === 'string') out[k] = String(member(t, 'value') ?? '');
    }
  }
  return out;
}

type Mapper = (it: Item) => Asset;

function builder(it: Item, init: { id: string; type?: string; kind: string; name: string; region?: string; tags?: Record<string, string> }, service: string): AssetBuilder {
  return itemBuilder(
    { provider: 'aws', id: init.id, type: init.type ?? it.type, kind: init.kind, name: init.name, account: it.account, region: init.region ?? it.region, tags: init.tags },
    { file: it.file, line: it.line, address: it.arn ?? it.resourceId, observedAt: it.observedAt },
    service,
  );
}

/** Tags as the live collector reads them off the description, else the item's tag map. */
function describedTags(it: Item, list: unknown): Record<string, string> {
  return Array.isArray(list) ? tagsFromList(list) : (it.tags ?? {});
}

// ---------------------------------------------------------------- S3

const GROUPS: Record<string, string> = {
  AllUsers: 'http://acs.amazonaws.com/groups/global/AllUsers',
  AuthenticatedUsers: 'http://acs.amazonaws.com/groups/global/AuthenticatedUsers',
  LogDelivery: 'http://acs.amazonaws.com/groups/s3/LogDelivery',
};
const PERMISSIONS: Record<string, string> = { FullControl: 'FULL_CONTROL', Read: 'READ', Write: 'WRITE', ReadAcp: 'READ_ACP', WriteAcp: 'WRITE_ACP' };

/** Config's ACL (the Java SDK's AccessControlList: grantList with `"AllUsers"` or `{id, displayName}` grantees) → GetBucketAcl's {Owner, Grants}. */
export function s3Acl(acl: unknown): { Owner?: Record<string, string>; Grants: Array<Record<string, unknown>> } | string {
  if (!isRecord(acl)) return 'the AccessControlList is not an object';
  const grants: Array<Record<string, unknown>> = [];
  const list = member(acl, 'grantList') ?? member(acl, 'grantSet') ?? member(acl, 'grants') ?? [];
  if (!Array.isArray(list)) return 'grantList is not a list';
  for (const g of list) {
    if (!isRecord(g)) return 'a grant is not an object';
    const grantee = member(g, 'grantee');
    const permission = String(member(g, 'permission') ?? '');
    const Permission = PERMISSIONS[permission] ?? permission.toUpperCase();
    let Grantee: Record<string, string>;
    if (typeof grantee === 'string') {
      const uri = GROUPS[grantee] ?? (grantee.startsWith('http://acs.amazonaws.com/groups/') ? grantee : undefined);
      if (!uri) return `unrecognized grantee ${JSON.stringify(grantee)}`;
      Grantee = { Type: 'Group', URI: uri };
    } else if (isRecord(grantee)) {
      const id = str(member(grantee, 'id'));
      const identifier = str(member(grantee, 'identifier'));
      const kind = str(member(grantee, 'typeIdentifier'));
      const uri = str(member(grantee, 'uri'));
      const display = str(member(grantee, 'displayName'));
      if (id || (identifier && kind === 'id')) Grantee = { Type: 'CanonicalUser', ID: (id ?? identifier)!, ...(display ? { DisplayName: display } : {}) };
      else if (identifier && kind === 'emailAddress') Grantee = { Type: 'AmazonCustomerByEmail', EmailAddress: identifier };
      else if (uri || (identifier && kind === 'uri')) Grantee = { Type: 'Group', URI: (uri ?? identifier)! };
      else return 'a grantee has neither id, email nor group';
    } else return 'a grant has no grantee';
    grants.push({ Grantee, Permission });
  }
  const owner = member(acl, 'owner');
  const Owner = isRecord(owner) && str(member(owner, 'id')) ? { ID: str(member(owner, 'id'))!, ...(str(member(owner, 'displayName')) ? { DisplayName: str(member(owner, 'displayName'))! } : {}) } : undefined;
  return { ...(Owner ? { Owner } : {}), Grants: grants };
}

function s3Encryption(v: unknown): unknown {
  const rules = isRecord(v) ? member(v, 'rules') : undefined;
  if (!Array.isArray(rules)) return null;
  return {
    Rules: rules.filter(isRecord).map((r) => {
      const d = member(r, 'applyServerSideEncryptionByDefault');
      const bucketKey = member(r, 'bucketKeyEnabled');
      return {
        ...(isRecord(d)
          ? { ApplyServerSideEncryptionByDefault: { SSEAlgorithm: member(d, 'sseAlgorithm'), ...(str(member(d, 'kmsMasterKeyID')) ? { KMSMasterKeyID: member(d, 'kmsMasterKeyID') } : {}) } }
          : {}),
        ...(typeof bucketKey === 'boolean' ? { BucketKeyEnabled: bucketKey } : {}),
      };
    }),
  };
}

/** Ownership controls in whatever nesting the item carries: the first list of rules with an object ownership. */
function s3Ownership(v: unknown): unknown {
  if (v === null) return null;
  const find = (x: unknown, depth: number): Array<Record<string, unknown>> | undefined => {
    if (depth > 3 || !isRecord(x)) return undefined;
    const rules = member(x, 'rules');
    if (Array.isArray(rules)) return rules.filter(isRecord);
    for (const y of Object.values(x)) {
      const f = find(y, depth + 1);
      if (f) return f;
    }
    return undefined;
  };
  const rules = find(v, 0);
  if (!rules) return null;
  return { Rules: rules.map((r) => ({ ObjectOwnership: member(r, 'objectOwnership') ?? member(r, 'ownership') })) };
}

const s3Bucket: Mapper = (it) => {
  const name = str(member(it.configuration, 'name')) ?? it.name ?? it.resourceId;
  const tags = it.tags ?? {};
  const b = builder(it, { id: `arn:${it.partition}:s3:::${name}`, kind: 'storage.bucket', name, tags }, 's3');
  const created = isoTime(member(it.configuration, 'creationDate'));
  b.aspect('bucket', () => ({ Name: name, CreationDate: created ?? null, BucketRegion: it.region ?? null }));

  // Block Public Access: Config records the member only when the bucket has a configuration. An item with no
  // supplementary configuration at all (some CLI answers) says nothing either way.
  const recorded = Object.keys(it.supplementary).length > 0;
  const pab = supplementary(it, 'PublicAccessBlockConfiguration');
  if (!recorded) notInSnapshot(b, 'publicAccessBlock', it.file, EXPORT, 'the bucket Block Public Access configuration (the item has no supplementaryConfiguration)');
  else if (pab.present && !pab.ok) b.setGap('publicAccessBlock', 'MalformedConfiguration', `PublicAccessBlockConfiguration is not JSON: ${pab.message}`);
  else b.aspect('publicAccessBlock', () => (pab.present && isRecord(pab.value) ? pascal(pab.value) : null));

  const policy = supplementary(it, 'BucketPolicy');
  let noPolicy = false;
  if (!policy.present) notInSnapshot(b, 'policy', it.file, EXPORT, 'the bucket policy');
  else if (!policy.ok) b.setGap('policy', 'MalformedPolicy', `BucketPolicy is not JSON: ${policy.message}`);
  else {
    const text = isRecord(policy.value) ? member(policy.value, 'policyText') : policy.value;
    if (text === null || text === undefined) {
      noPolicy = true;
      b.aspect('policy', () => null);
    } else {
      const doc = typeof text === 'string' ? embeddedJson(text) : { ok: true as const, value: text };
      if (doc.ok) b.aspect('policy', () => doc.value);
      else b.setGap('policy', 'MalformedPolicy', `bucket policy is not valid JSON: ${doc.message}`);
    }
  }
  // Without a policy GetBucketPolicyStatus answers NoSuchBucketPolicy, which the live collector stores as null;
  // with one, S3's own verdict (IsPublic) is not recorded by Config.
  if (noPolicy) b.aspect('policyStatus', () => null);
  else notInSnapshot(b, 'policyStatus', it.file, EXPORT, 'the bucket policy status (GetBucketPolicyStatus)');

  const acl = supplementary(it, 'AccessControlList');
  if (!acl.present) notInSnapshot(b, 'acl', it.file, EXPORT, 'the bucket ACL');
  else if (!acl.ok) b.setGap('acl', 'MalformedAcl', `AccessControlList is not JSON: ${acl.message}`);
  else {
    const converted = s3Acl(acl.value);
    if (typeof converted === 'string') b.setGap('acl', 'MalformedAcl', `AccessControlList: ${converted}`);
    else b.aspect('acl', () => converted);
  }

  const enc = supplementary(it, 'ServerSideEncryptionConfiguration');
  if (!recorded) notInSnapshot(b, 'encryption', it.file, EXPORT, 'the bucket default encryption (the item has no supplementaryConfiguration)');
  else if (enc.present && !enc.ok) b.setGap('encryption', 'MalformedConfiguration', `ServerSideEncryptionConfiguration is not JSON: ${enc.message}`);
  else b.aspect('encryption', () => (enc.present ? s3Encryption(enc.value) : null));

  const ver = supplementary(it, 'BucketVersioningConfiguration');
  if (!ver.present || !ver.ok || !isRecord(ver.value)) notInSnapshot(b, 'versioning', it.file, EXPORT, 'the bucket versioning configuration');
  else {
    const status = str(member(ver.value, 'status'));
    const mfa = member(ver.value, 'isMfaDeleteEnabled');
    const versioned = status !== undefined && status !== 'Off';
    b.aspect('versioning', () => ({ ...(versioned ? { Status: status } : {}), ...(mfa === true ? { MFADelete: 'Enabled' } : mfa === false && versioned ? { MFADelete: 'Disabled' } : {}) }));
  }

  const log = supplementary(it, 'BucketLoggingConfiguration');
  if (!log.present || !log.ok || !isRecord(log.value)) notInSnapshot(b, 'logging', it.file, EXPORT, 'the bucket logging configuration');
  else {
    const target = str(member(log.value, 'destinationBucketName'));
    const prefix = member(log.value, 'logFilePrefix');
    b.aspect('logging', () => (target ? { LoggingEnabled: { TargetBucket: target, TargetPrefix: typeof prefix === 'string' ? prefix : '' } } : {}));
  }

  const own = supplementary(it, 'BucketOwnershipControls');
  if (!own.present) notInSnapshot(b, 'ownershipControls', it.file, EXPORT, 'the bucket ownership controls');
  else if (!own.ok) b.setGap('ownershipControls', 'MalformedConfiguration', `BucketOwnershipControls is not JSON: ${own.message}`);
  else b.aspect('ownershipControls', () => s3Ownership(own.value));

  b.aspect('tags', () => (Object.keys(tags).length ? tags : null));
  return b.build();
};

const s3AccountBlock: Mapper = (it) => {
  const account = it.account ?? 'unknown';
  const b = builder(it, { id: `arn:${it.partition}:s3::${account}:account-public-access-block`, kind: 'account.setting', name: 'account-public-access-block', region: 'global' }, 's3control');
  const c = it.configuration;
  b.aspect('publicAccessBlock', () => (Object.keys(c).length ? pascal(c) : null));
  return b.build();
};

// ---------------------------------------------------------------- EC2

const ec2Id = (it: Item, kind: string, id: string) => `arn:${it.partition}:ec2:${it.region ?? 'unknown'}:${it.account ?? 'unknown'}:${kind}/${id}`;

/** Config keeps IPv4 ranges twice: `ipRanges` (strings) and `ipv4Ranges` ({cidrIp}); the SDK has IpRanges [{CidrIp}]. */
function sgPermissions(list: unknown): unknown {
  if (!Array.isArray(list)) return [];
  return list.filter(isRecord).map((p) => {
    const { ipRanges, ipv4Ranges, ...rest } = p;
    const ranges = Array.isArray(ipv4Ranges) ? (pascal(ipv4Ranges) as unknown[]) : Array.isArray(ipRanges) ? ipRanges.map((c) => (typeof c === 'string' ? { CidrIp: c } : pascal(c))) : [];
    return { ...(pascal(rest) as Record<string, unknown>), IpRanges: ranges };
  });
}

const securityGroup: Mapper = (it) => {
  const c = it.configuration;
  const groupId = str(member(c, 'groupId')) ?? it.resourceId;
  const group = { ...(pascal(c) as Record<string, unknown>), GroupId: groupId, IpPermissions: sgPermissions(member(c, 'ipPermissions')), IpPermissionsEgress: sgPermissions(member(c, 'ipPermissionsEgress')) };
  const b = builder(it, { id: ec2Id(it, 'security-group', groupId), kind: 'network.firewall-rule', name: str(member(c, 'groupName')) ?? it.name ?? groupId, tags: describedTags(it, member(c, 'tags')) }, 'ec2');
  b.aspect('securityGroup', () => group);
  return b.build();
};

function ec2Simple(it: Item, idKey: string, arnType: string, kind: string, aspect: string): AssetBuilder {
  const c = it.configuration;
  const id = str(member(c, idKey)) ?? it.resourceId;
  const b = builder(it, { id: ec2Id(it, arnType, id), kind, name: id, tags: describedTags(it, member(c, 'tags')) }, 'ec2');
  b.aspect(aspect, () => ({ ...(pascal(c) as Record<string, unknown>), [idKey[0]!.toUpperCase() + idKey.slice(1)]: id }));
  return b;
}

const instance: Mapper = (it) => ec2Simple(it, 'instanceId', 'instance', 'compute.instance', 'instance').build();
const volume: Mapper = (it) => ec2Simple(it, 'volumeId', 'volume', 'storage.volume', 'volume').build();
const networkAcl: Mapper = (it) => ec2Simple(it, 'networkAclId', 'network-acl', 'network.acl', 'networkAcl').build();
const vpc: Mapper = (it) => {
  const b = ec2Simple(it, 'vpcId', 'vpc', 'network.vpc', 'vpc');
  notInSnapshot(b, 'flowLogs', it.file, EXPORT, "the VPC's flow logs");
  return b.build();
};

// ---------------------------------------------------------------- RDS

const dbInstance: Mapper = (it) => {
  const db = pascal(it.configuration) as Record<string, unknown>;
  const name = str(db.DBInstanceIdentifier) ?? it.name ?? it.resourceId;
  const arn = str(db.DBInstanceArn) ?? it.arn ?? `arn:${it.partition}:rds:${it.region}:${it.account}:db:${name}`;
  const tagList = Array.isArray(db.TagList) ? db.TagList : undefined;
  const b = builder(it, { id: arn, kind: 'database.instance', name, tags: tagList ? tagsFromList(tagList) : (it.tags ?? {}) }, 'rds');
  b.aspect('instance', () => ({ ...db, DBInstanceIdentifier: name, DBInstanceArn: arn }));
  return b.build();
};

// ---------------------------------------------------------------- IAM

function inline(list: unknown): unknown {
  if (!Array.isArray(list)) return undefined;
  return list.filter(isRecord).map((p) => ({ ...(pascal(p) as Record<string, unknown>), PolicyDocument: decodePolicyDocument(str(member(p, 'policyDocument'))) }));
}

const iamUser: Mapper = (it) => {
  const c = it.configuration;
  const name = str(member(c, 'userName')) ?? it.name ?? it.resourceId;
  const arn = str(member(c, 'arn')) ?? it.arn ?? `arn:${it.partition}:iam::${it.account}:user/${name}`;
  const b = builder(it, { id: arn, kind: 'identity.user', name, region: 'global', tags: describedTags(it, member(c, 'tags')) }, 'iam');
  b.aspect('details', () => ({ ...(pascal(c) as Record<string, unknown>), Arn: arn, UserName: name, UserPolicyList: inline(member(c, 'userPolicyList')) }));
  notInSnapshot(b, 'credentials', it.file, EXPORT, "the user's credential report row (passwords, MFA, access keys)");
  return b.build();
};

const iamRole: Mapper = (it) => {
  const c = it.configuration;
  const name = str(member(c, 'roleName')) ?? it.name ?? it.resourceId;
  const arn = str(member(c, 'arn')) ?? it.arn ?? `arn:${it.partition}:iam::${it.account}:role/${name}`;
  const b = builder(it, { id: arn, kind: 'identity.role', name, region: 'global', tags: describedTags(it, member(c, 'tags')) }, 'iam');
  b.aspect('details', () => ({
    ...(pascal(c) as Record<string, unknown>),
    Arn: arn,
    RoleName: name,
    AssumeRolePolicyDocument: decodePolicyDocument(str(member(c, 'assumeRolePolicyDocument'))),
    RolePolicyList: inline(member(c, 'rolePolicyList')),
  }));
  return b.build();
};

const iamGroup: Mapper = (it) => {
  const c = it.configuration;
  const name = str(member(c, 'groupName')) ?? it.name ?? it.resourceId;
  const arn = str(member(c, 'arn')) ?? it.arn ?? `arn:${it.partition}:iam::${it.account}:group/${name}`;
  const b = builder(it, { id: arn, kind: 'identity.group', name, region: 'global' }, 'iam');
  b.aspect('details', () => ({ ...(pascal(c) as Record<string, unknown>), Arn: arn, GroupName: name, GroupPolicyList: inline(member(c, 'groupPolicyList')) }));
  return b.build();
};

const iamPolicy: Mapper = (it) => {
  const c = it.configuration;
  const name = str(member(c, 'policyName')) ?? it.name ?? it.resourceId;
  const arn = str(member(c, 'arn')) ?? it.arn ?? `arn:${it.partition}:iam::${it.account}:policy/${name}`;
  const b = builder(it, { id: arn, kind: 'identity.policy', name, region: 'global' }, 'iam');
  const p = pascal(c) as Record<string, unknown>;
  const versions = Array.isArray(member(c, 'policyVersionList')) ? (member(c, 'policyVersionList') as unknown[]).filter(isRecord) : [];
  const kept = versions.filter((v) => member(v, 'isDefaultVersion') === true || member(v, 'versionId') === p.DefaultVersionId);
  b.aspect('policy', () => ({ ...p, Arn: arn, PolicyName: name, PolicyVersionList: kept.map((v) => ({ ...(pascal(v) as Record<string, unknown>), Document: decodePolicyDocument(str(member(v, 'document'))) })) }));
  return b.build();
};

// ---------------------------------------------------------------- KMS

const kmsKey: Mapper = (it) => {
  const m = pascal(it.configuration) as Record<string, unknown>;
  const keyId = str(m.KeyId) ?? it.resourceId;
  const arn = str(m.Arn) ?? it.arn ?? `arn:${it.partition}:kms:${it.region}:${it.account}:key/${keyId}`;
  const b = builder(it, { id: arn, kind: 'crypto.key', name: keyId }, 'kms');
  b.aspect('metadata', () => ({ ...m, KeyId: keyId, Arn: arn }));
  // The live collector reads these only where they apply; Config records neither.
  if (m.KeyManager === 'CUSTOMER') notInSnapshot(b, 'policy', it.file, EXPORT, 'the key policy (GetKeyPolicy)');
  if (m.KeyManager === 'CUSTOMER' && m.KeySpec === 'SYMMETRIC_DEFAULT' && m.Origin === 'AWS_KMS' && m.KeyState === 'Enabled') {
    const rotation = member(it.supplementary, 'keyRotationStatus') ?? member(it.configuration, 'keyRotationEnabled');
    if (typeof rotation === 'boolean') b.aspect('rotation', () => ({ KeyRotationEnabled: rotation }));
    else notInSnapshot(b, 'rotation', it.file, EXPORT, 'the key rotation status (GetKeyRotationStatus)');
  }
  return b.build();
};

// ---------------------------------------------------------------- CloudTrail

const TRAIL_EXTRAS = ['isLogging', 'eventSelectors', 'advancedEventSelectors', 'insightSelectors', 'tags'];

const trail: Mapper = (it) => {
  const c = it.configuration;
  const rest = Object.fromEntries(Object.entries(c).filter(([k]) => !TRAIL_EXTRAS.includes(k)));
  const t = pascal(rest) as Record<string, unknown>;
  const name = str(t.Name) ?? it.name ?? it.resourceId;
  const arn = str(t.TrailARN) ?? it.arn ?? `arn:${it.partition}:cloudtrail:${it.region}:${it.account}:trail/${name}`;
  const owner = arn.split(':')[4];
  const id = owner && it.account && owner !== it.account ? `${arn}/account/${it.account}` : arn;
  const b = builder(it, { id, kind: 'logging.audit-trail', name }, 'cloudtrail');
  b.aspect('trail', () => ({ ...t, Name: name, TrailARN: arn }));
  const logging = member(c, 'isLogging') ?? member(it.supplementary, 'isLogging');
  if (typeof logging === 'boolean') b.aspect('status', () => ({ IsLogging: logging }));
  else notInSnapshot(b, 'status', it.file, EXPORT, 'the trail status (GetTrailStatus: IsLogging)');
  const basic = member(c, 'eventSelectors');
  const advanced = member(c, 'advancedEventSelectors');
  if (Array.isArray(basic) || Array.isArray(advanced))
    b.aspect('eventSelectors', () => ({ TrailARN: arn, ...(Array.isArray(basic) ? { EventSelectors: pascal(basic) } : {}), ...(Array.isArray(advanced) ? { AdvancedEventSelectors: pascal(advanced) } : {}) }));
  else notInSnapshot(b, 'eventSelectors', it.file, EXPORT, 'the trail event selectors (GetEventSelectors)');
  return b.build();
};

// ---------------------------------------------------------------- Lambda

const lambdaFunction: Mapper = (it) => {
  const c = it.configuration;
  const { environment, kMSKeyArn, kmsKeyArn, ...rest } = c;
  const fn = pascal(rest) as Record<string, unknown>;
  const name = str(fn.FunctionName) ?? it.name ?? it.resourceId;
  const arn = str(fn.FunctionArn) ?? it.arn ?? `arn:${it.partition}:lambda:${it.region}:${it.account}:function:${name}`;
  const key = str(kMSKeyArn) ?? str(kmsKeyArn);
  const b = builder(it, { id: arn, kind: 'compute.function', name }, 'lambda');
  // Only variable names are kept, as the live collector does (values often hold secrets).
  let env: Record<string, unknown> | undefined;
  if (isRecord(environment)) {
    const vars = member(environment, 'variables');
    const error = member(environment, 'error');
    env = { VariableNames: Object.keys(isRecord(vars) ? vars : {}).sort(), ...(isRecord(error) ? { Error: pascal(error) } : {}) };
  }
  b.aspect('function', () => ({ ...fn, FunctionName: name, FunctionArn: arn, ...(key ? { KMSKeyArn: key } : {}), ...(env ? { Environment: env } : {}) }));
  const policy = supplementary(it, 'Policy');
  if (!policy.present) notInSnapshot(b, 'policy', it.file, EXPORT, "the function's resource-based policy (GetPolicy)");
  else if (!policy.ok) b.setGap('policy', 'MalformedPolicyDocument', `the document is not valid JSON: ${policy.message}`);
  else if (typeof policy.value === 'string') {
    const doc = embeddedJson(policy.value);
    if (doc.ok) b.aspect('policy', () => doc.value);
    else b.setGap('policy', 'MalformedPolicyDocument', `the document is not valid JSON: ${doc.message}`);
  } else b.aspect('policy', () => policy.value ?? null);
  return b.build();
};

// ---------------------------------------------------------------- SQS / SNS

/** GetQueueAttributes / GetTopicAttributes: every attribute a string, names in PascalCase. */
function attributes(c: Record<string, unknown>, skip: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(c)) {
    if (v === null || v === undefined) continue;
    const key = k[0]!.toUpperCase() + k.slice(1);
    if (skip.includes(key)) continue;
    out[key] = typeof v === 'string' ? v : isRecord(v) || Array.isArray(v) ? JSON.stringify(v) : String(v);
  }
  return out;
}

const queue: Mapper = (it) => {
  const name = it.arn?.split(':').pop() ?? it.name ?? str(member(it.configuration, 'queueName')) ?? it.resourceId.split('/').pop() ?? it.resourceId;
  const b = builder(it, { id: `arn:${it.partition}:sqs:${it.region}:${it.account}:${name}`, kind: 'messaging.queue', name }, 'sqs');
  b.aspect('attributes', () => ({ Attributes: attributes(it.configuration, ['QueueUrl', 'QueueName', 'Tags']) }));
  return b.build();
};

const topic: Mapper = (it) => {
  const arn = str(member(it.configuration, 'topicArn')) ?? it.arn ?? it.resourceId;
  const name = arn.slice(arn.lastIndexOf(':') + 1);
  const b = builder(it, { id: arn, kind: 'messaging.topic', name }, 'sns');
  b.aspect('attributes', () => ({ Attributes: attributes(it.configuration, ['Subscription', 'Subscriptions', 'Tags', 'TopicName']) }));
  const subs = member(it.configuration, 'subscriptions') ?? member(it.configuration, 'subscription');
  if (Array.isArray(subs)) b.aspect('subscriptions', () => ({ Subscriptions: subs.filter(isRecord).map((s) => ({ TopicArn: arn, ...(pascal(s) as Record<string, unknown>) })) }));
  else notInSnapshot(b, 'subscriptions', it.file, EXPORT, "the topic's subscriptions");
  return b.build();
};

const MAPPERS: Record<string, Mapper> = {
  'AWS::S3::Bucket': s3Bucket,
  'AWS::S3::AccountPublicAccessBlock': s3AccountBlock,
  'AWS::EC2::SecurityGroup': securityGroup,
  'AWS::EC2::Instance': instance,
  'AWS::EC2::Volume': volume,
  'AWS::EC2::VPC': vpc,
  'AWS::EC2::NetworkAcl': networkAcl,
  'AWS::RDS::DBInstance': dbInstance,
  'AWS::IAM::User': iamUser,
  'AWS::IAM::Role': iamRole,
  'AWS::IAM::Policy': iamPolicy,
  'AWS::IAM::Group': iamGroup,
  'AWS::KMS::Key': kmsKey,
  'AWS::CloudTrail::Trail': trail,
  'AWS::Lambda::Function': lambdaFunction,
  'AWS::SQS::Queue': queue,
  'AWS::SNS::Topic': topic,
};

export const AWS_CONFIG_TYPES = Object.keys(MAPPERS);

/** Maps every configuration item of the parsed documents. */
export function readAwsConfig(docs: ReadonlyArray<{ value: unknown; line: number }>, lineOf: (v: object) => number | undefined, r: Reporter, observedAt: string): Asset[] {
  const assets: Asset[] = [];
  const unknown = new UnknownTypes();
  const skipped = new Map<string, { count: number; line: number }>();
  for (const doc of docs) {
    const items = itemsOf(doc.value);
    if (!items) {
      r.diag({ severity: 'error', file: r.file, line: doc.line, code: 'UnknownSnapshotFormat', message: 'no configurationItems, baseConfigurationItems or configuration item here' });
      continue;
    }
    for (const raw of items) {
      const line = (isRecord(raw) ? lineOf(raw) : undefined) ?? doc.line;
      if (!isRecord(raw) || typeof raw.resourceType !== 'string') {
        r.diag({ severity: 'error', file: r.file, line, code: 'InvalidConfigurationItem', message: 'a configuration item without resourceType' });
        continue;
      }
      const type = raw.resourceType;
      const status = str(raw.configurationItemStatus);
      if (status && SKIPPED_STATUS.has(status)) {
        const s = skipped.get(status);
        if (s) s.count++;
        else skipped.set(status, { count: 1, line });
        continue;
      }
      const mapper = MAPPERS[type];
      if (!mapper) {
        unknown.add(type, line);
        continue;
      }
      if (raw.configuration === undefined || raw.configuration === null) {
        // An empty description would read as "no rules, no grants": never map what was not recorded.
        r.diag({ severity: 'error', file: r.file, line, code: 'MissingConfiguration', message: `${type} ${String(raw.resourceId ?? '')}: the item has no configuration; item skipped` });
        continue;
      }
      const conf = embeddedJson(raw.configuration);
      if (!conf.ok || !isRecord(conf.value)) {
        r.diag({ severity: 'error', file: r.file, line, code: 'MalformedConfiguration', message: `${type} ${String(raw.resourceId ?? '')}: configuration is not a JSON object${conf.ok ? '' : ` (${conf.message})`}; item skipped` });
        continue;
      }
      const supp = isRecord(raw.supplementaryConfiguration) ? raw.supplementaryConfiguration : {};
      const arn = str(raw.ARN) ?? str(raw.arn);
      const itemTags = isRecord(raw.tags) ? (Object.fromEntries(Object.entries(raw.tags).map(([k, v]) => [k, String(v ?? '')])) as Record<string, string>) : undefined;
      const item: Item = {
        type,
        resourceId: str(raw.resourceId) ?? arn ?? '',
        name: str(raw.resourceName),
        arn,
        account: str(raw.awsAccountId) ?? str(raw.accountId),
        region: str(raw.awsRegion),
        partition: arn?.startsWith('arn:') ? arn.split(':')[1]! : 'aws',
        configuration: conf.value,
        supplementary: supp,
        tags: itemTags,
        line,
        observedAt: isoTime(raw.configurationItemCaptureTime) ?? observedAt,
        file: r.file,
      };
      assets.push(mapper(item));
    }
  }
  for (const [status, { count, line }] of skipped) {
    r.diag({ severity: 'warning', file: r.file, line, code: 'ResourceNotRecorded', message: `${count} configuration item${count === 1 ? '' : 's'} with status ${status} skipped (first at line ${line})` });
  }
  unknown.report(r, 'configuration item(s)');
  return assets;
}
