/**
 * Cloud Asset Inventory exports → the assets the live GCP collectors produce. Reads `gcloud asset export`
 * output (JSON lines, one record per line), a JSON array of records, and `gcloud asset list --format=json`.
 * A record's `resource.data` is the REST resource the live collectors store; its `iamPolicy` (content type
 * IAM_POLICY) becomes the `iamPolicy` aspect of buckets, projects and KMS keys. Records of one asset with
 * different content types (separate lines or files) merge into one asset. Project-level aspects the live
 * collector assembles from other listings (sinks, log metrics, alert policies, service account keys,
 * project metadata) are joined from those records when the export has them, else `NotInSnapshot` gaps.
 */
import type { Asset } from '../../core/asset.js';
import type { AssetBuilder } from '../map/kit.js';
import { UnknownTypes, isRecord, isoTime, itemBuilder, notInSnapshot, str, type Reporter } from './common.js';

const EXPORT = 'Cloud Asset Inventory';

interface Rec {
  name: string;
  assetType: string;
  data?: Record<string, unknown>;
  location?: string;
  parent?: string;
  ancestors: string[];
  iamPolicy?: Record<string, unknown>;
  /** File and line of the record first seen for this asset. */
  file: string;
  line: number;
  updateTime?: string;
  /** The project id, worked out once all Project records are known. */
  project?: string;
}

const lastSegment = (url: unknown): string => (typeof url === 'string' ? (url.split('/').pop() ?? '') : '');
const regionOfZone = (zone: string): string => zone.replace(/-[a-z]$/, '');
/** A GKE location (`europe-west1` or `europe-west1-b`) as a region. */
const regionOfLocation = (loc: string): string => (/-[a-z]$/.test(loc) && /\d-[a-z]$/.test(loc) ? regionOfZone(loc) : loc);
const labels = (v: unknown): Record<string, string> => (isRecord(v) ? (Object.fromEntries(Object.entries(v).map(([k, x]) => [k, String(x ?? '')])) as Record<string, string>) : {});

/** The records of one parsed document. */
function recordsOf(doc: unknown): unknown[] | undefined {
  if (Array.isArray(doc)) return doc;
  if (!isRecord(doc)) return undefined;
  if (typeof doc.assetType === 'string' || typeof doc.asset_type === 'string') return [doc];
  if (Array.isArray(doc.assets)) return doc.assets;
  return undefined;
}

/** Cloud Asset Inventory types whose records only feed other assets' aspects. */
const JOIN_ONLY = new Set(['iam.googleapis.com/ServiceAccountKey', 'logging.googleapis.com/LogMetric', 'monitoring.googleapis.com/AlertPolicy', 'compute.googleapis.com/Project']);

interface Ctx {
  observedAt: string;
  /** Project number → project id, from the Project records. */
  projectIds: Map<string, string>;
  byType: Map<string, Rec[]>;
  /** Records by type, then project id: joins look up instead of scanning. */
  byProject: Map<string, Map<string, Rec[]>>;
  /** Service account keys by the CAI name of their account and by the account's email. */
  keysByAccount: Map<string, Rec[]>;
}

function projectOf(rec: Rec, ctx: Pick<Ctx, 'projectIds'>): string | undefined {
  if (rec.project !== undefined) return rec.project;
  const m = /^\/\/[^/]+\/projects\/([^/]+)/.exec(rec.name);
  const fromNumber = (n: string) => ctx.projectIds.get(n) ?? n;
  if (m && m[1] !== '_') return /^\d+$/.test(m[1]!) ? fromNumber(m[1]!) : m[1];
  const dataProject = str(rec.data?.project) ?? str(rec.data?.projectId);
  if (dataProject) return dataProject;
  const num = /projects\/(\d+)/.exec(rec.parent ?? '')?.[1] ?? rec.ancestors.map((a) => /^projects\/(\d+)$/.exec(a)?.[1]).find(Boolean) ?? (rec.data?.projectNumber !== undefined ? String(rec.data.projectNumber) : undefined);
  return num ? fromNumber(num) : undefined;
}

function builder(rec: Rec, ctx: Ctx, init: { id: string; kind: string; name: string; region: string; tags?: Record<string, string> }, service: string): AssetBuilder {
  return itemBuilder(
    { provider: 'gcp', id: init.id, type: rec.assetType, kind: init.kind, name: init.name, account: projectOf(rec, ctx), region: init.region, tags: init.tags },
    { file: rec.file, line: rec.line, address: rec.name, observedAt: rec.updateTime ?? ctx.observedAt },
    service,
  );
}

function policyAspect(b: AssetBuilder, rec: Rec): void {
  if (rec.iamPolicy) b.aspect('iamPolicy', () => rec.iamPolicy);
  else notInSnapshot(b, 'iamPolicy', rec.file, EXPORT, `the IAM policy (no IAM_POLICY record for ${rec.name})`);
}

function inProject(ctx: Ctx, type: string, project: string | undefined): Rec[] {
  return project === undefined ? [] : (ctx.byProject.get(type)?.get(project) ?? []);
}

type Mapper = (rec: Rec, data: Record<string, unknown>, ctx: Ctx) => Asset | undefined;

const simple =
  (kind: string, aspect: string, service: string, region: (d: Record<string, unknown>, rec: Rec) => string, tags?: (d: Record<string, unknown>) => Record<string, string>): Mapper =>
  (rec, d, ctx) => {
    const name = str(d.name) ?? lastSegment(rec.name);
    const b = builder(rec, ctx, { id: rec.name, kind, name, region: region(d, rec), tags: tags?.(d) }, service);
    b.aspect(aspect, () => d);
    return b.build();
  };

const zonal = (d: Record<string, unknown>, rec: Rec) => {
  const zone = lastSegment(d.zone) || rec.location || '';
  return zone ? regionOfZone(zone) : 'unknown';
};

const bucket: Mapper = (rec, d, ctx) => {
  const name = str(d.name) ?? lastSegment(rec.name);
  const b = builder(rec, ctx, { id: `//storage.googleapis.com/projects/_/buckets/${name}`, kind: 'storage.bucket', name, region: (str(d.location) ?? rec.location ?? 'global').toLowerCase(), tags: labels(d.labels) }, 'storage');
  b.aspect('bucket', () => d);
  policyAspect(b, rec);
  return b.build();
};

const instance: Mapper = (rec, d, ctx) => {
  const name = str(d.name) ?? lastSegment(rec.name);
  const b = builder(rec, ctx, { id: rec.name, kind: 'compute.instance', name, region: zonal(d, rec), tags: labels(d.labels) }, 'compute');
  b.aspect('instance', () => d);
  const meta = inProject(ctx, 'compute.googleapis.com/Project', projectOf(rec, ctx))[0];
  if (meta?.data) b.aspect('projectMetadata', () => (isRecord(meta.data!.commonInstanceMetadata) ? meta.data!.commonInstanceMetadata : null));
  else notInSnapshot(b, 'projectMetadata', rec.file, EXPORT, 'the project-wide instance metadata (compute.googleapis.com/Project)');
  return b.build();
};

const sqlInstance: Mapper = (rec, d, ctx) => {
  const name = str(d.name) ?? lastSegment(rec.name);
  const project = projectOf(rec, ctx);
  const settings = isRecord(d.settings) ? d.settings : {};
  const b = builder(rec, ctx, { id: `//cloudsql.googleapis.com/projects/${project}/instances/${name}`, kind: 'database.instance', name, region: str(d.region) ?? rec.location ?? 'global', tags: labels(settings.userLabels) }, 'sqladmin');
  b.aspect('instance', () => d);
  return b.build();
};

const serviceAccount: Mapper = (rec, d, ctx) => {
  const email = str(d.email) ?? lastSegment(rec.name);
  const project = projectOf(rec, ctx);
  const b = builder(rec, ctx, { id: `//iam.googleapis.com/projects/${project}/serviceAccounts/${str(d.uniqueId) ?? email}`, kind: 'identity.service-account', name: email, region: 'global' }, 'iam');
  b.aspect('serviceAccount', () => d);
  if (ctx.byType.has('iam.googleapis.com/ServiceAccountKey')) {
    const keys = new Set([...(ctx.keysByAccount.get(rec.name) ?? []), ...(ctx.keysByAccount.get(email) ?? [])]);
    b.aspect('keys', () => [...keys].map((k) => k.data ?? {}));
  } else notInSnapshot(b, 'keys', rec.file, EXPORT, "the service account's keys (iam.googleapis.com/ServiceAccountKey)");
  return b.build();
};

const cryptoKey: Mapper = (rec, d, ctx) => {
  const full = str(d.name) ?? rec.name.replace(/^\/\/cloudkms\.googleapis\.com\//, '');
  const location = /\/locations\/([^/]+)/.exec(full)?.[1] ?? rec.location ?? 'global';
  const b = builder(rec, ctx, { id: `//cloudkms.googleapis.com/${full}`, kind: 'crypto.key', name: full.split('/').pop() ?? full, region: location, tags: labels(d.labels) }, 'cloudkms');
  b.aspect('cryptoKey', () => d);
  policyAspect(b, rec);
  return b.build();
};

const sink: Mapper = (rec, d, ctx) => {
  const name = str(d.name) ?? lastSegment(rec.name);
  const b = builder(rec, ctx, { id: `//logging.googleapis.com/projects/${projectOf(rec, ctx)}/sinks/${name}`, kind: 'logging.audit-trail', name, region: 'global' }, 'logging');
  b.aspect('sink', () => d);
  return b.build();
};

const zone: Mapper = (rec, d, ctx) => {
  const name = str(d.name) ?? lastSegment(rec.name);
  const b = builder(rec, ctx, { id: `//dns.googleapis.com/projects/${projectOf(rec, ctx)}/managedZones/${name}`, kind: 'network.dns-zone', name, region: 'global', tags: labels(d.labels) }, 'dns');
  b.aspect('zone', () => d);
  return b.build();
};

const cluster: Mapper = (rec, d, ctx) => {
  const name = str(d.name) ?? lastSegment(rec.name);
  const location = str(d.location) ?? str(d.zone) ?? rec.location ?? 'unknown';
  const b = builder(rec, ctx, { id: `//container.googleapis.com/projects/${projectOf(rec, ctx)}/locations/${location}/clusters/${name}`, kind: 'container.cluster', name, region: regionOfLocation(location), tags: labels(d.resourceLabels) }, 'container');
  b.aspect('cluster', () => d);
  return b.build();
};

const dataset: Mapper = (rec, d, ctx) => {
  const ref = isRecord(d.datasetReference) ? d.datasetReference : {};
  const datasetId = str(ref.datasetId) ?? lastSegment(rec.name);
  const b = builder(rec, ctx, { id: `//bigquery.googleapis.com/projects/${projectOf(rec, ctx)}/datasets/${datasetId}`, kind: 'database.dataset', name: datasetId, region: (str(d.location) ?? rec.location ?? 'global').toLowerCase(), tags: labels(d.labels) }, 'bigquery');
  b.aspect('dataset', () => d);
  return b.build();
};

/** Resource Manager v1 (what the export carries) → v3 (what the live collector stores). */
function projectV3(d: Record<string, unknown>): Record<string, unknown> {
  if (typeof d.state === 'string' || (typeof d.name === 'string' && d.name.startsWith('projects/'))) return d;
  const parent = isRecord(d.parent) && str(d.parent.type) && str(d.parent.id) ? `${String(d.parent.type)}s/${String(d.parent.id)}` : undefined;
  const out: Record<string, unknown> = {
    name: `projects/${String(d.projectNumber ?? '')}`,
    ...(parent ? { parent } : {}),
    projectId: d.projectId,
    ...(d.lifecycleState !== undefined ? { state: d.lifecycleState } : {}),
    ...(d.name !== undefined ? { displayName: d.name } : {}),
    ...(d.createTime !== undefined ? { createTime: d.createTime } : {}),
    ...(d.labels !== undefined ? { labels: d.labels } : {}),
  };
  return out;
}

const project: Mapper = (rec, d, ctx) => {
  const projectId = str(d.projectId) ?? projectOf(rec, ctx) ?? lastSegment(rec.name);
  const b = itemBuilder(
    { provider: 'gcp', id: rec.name, type: rec.assetType, kind: 'account', name: projectId, account: projectId, region: 'global', tags: labels(d.labels) },
    { file: rec.file, line: rec.line, address: rec.name, observedAt: rec.updateTime ?? ctx.observedAt },
    'cloudresourcemanager',
  );
  if (rec.data) b.aspect('project', () => projectV3(d));
  else notInSnapshot(b, 'project', rec.file, EXPORT, `the project resource (no RESOURCE record for ${rec.name})`);
  policyAspect(b, rec);
  const sinks = inProject(ctx, 'logging.googleapis.com/LogSink', projectId);
  // Every project has the _Required and _Default sinks: none here means sinks were not exported.
  if (sinks.length) b.aspect('sinks', () => sinks.map((s) => s.data ?? {}));
  else notInSnapshot(b, 'sinks', rec.file, EXPORT, "the project's log sinks (logging.googleapis.com/LogSink)");
  for (const [aspect, type] of [
    ['logMetrics', 'logging.googleapis.com/LogMetric'],
    ['alertPolicies', 'monitoring.googleapis.com/AlertPolicy'],
  ] as const) {
    if (ctx.byType.has(type)) b.aspect(aspect, () => inProject(ctx, type, projectId).map((r) => r.data ?? {}));
    else notInSnapshot(b, aspect, rec.file, EXPORT, `the project's ${aspect} (${type})`);
  }
  return b.build();
};

const MAPPERS: Record<string, Mapper> = {
  'storage.googleapis.com/Bucket': bucket,
  'compute.googleapis.com/Firewall': simple('network.firewall-rule', 'firewall', 'compute', () => 'global'),
  'compute.googleapis.com/Network': simple('network.vpc', 'network', 'compute', () => 'global'),
  'compute.googleapis.com/Subnetwork': simple('network.subnet', 'subnetwork', 'compute', (d, rec) => lastSegment(d.region) || rec.location || 'unknown'),
  'compute.googleapis.com/Instance': instance,
  'compute.googleapis.com/Disk': simple('storage.volume', 'disk', 'compute', zonal, (d) => labels(d.labels)),
  'sqladmin.googleapis.com/Instance': sqlInstance,
  'iam.googleapis.com/ServiceAccount': serviceAccount,
  'cloudkms.googleapis.com/CryptoKey': cryptoKey,
  'logging.googleapis.com/LogSink': sink,
  'dns.googleapis.com/ManagedZone': zone,
  'container.googleapis.com/Cluster': cluster,
  'bigquery.googleapis.com/Dataset': dataset,
  'cloudresourcemanager.googleapis.com/Project': project,
};

export const GCP_CAI_TYPES = Object.keys(MAPPERS);

/** The parsed documents of one export file. */
export interface CaiInput {
  file: string;
  docs: ReadonlyArray<{ value: unknown; line: number }>;
  lineOf: (v: object) => number | undefined;
}

/** Merges the records of the parsed files by asset name (content types exported apart meet here) and maps them. */
export function readGcpCai(inputs: readonly CaiInput[], diag: Reporter['diag'], observedAt: string): Asset[] {
  const byName = new Map<string, Rec>();
  for (const { file, docs, lineOf } of inputs) {
    const r: Reporter = { file, diag };
    for (const doc of docs) {
      const records = recordsOf(doc.value);
      if (!records) {
        r.diag({ severity: 'error', file: r.file, line: doc.line, code: 'UnknownSnapshotFormat', message: 'not a Cloud Asset Inventory record (no assetType)' });
        continue;
      }
      for (const raw of records) {
        const line = (isRecord(raw) ? lineOf(raw) : undefined) ?? doc.line;
        const name = isRecord(raw) ? str(raw.name) : undefined;
        const assetType = isRecord(raw) ? (str(raw.assetType) ?? str(raw.asset_type)) : undefined;
        if (!isRecord(raw) || !name || !assetType) {
          r.diag({ severity: 'error', file: r.file, line, code: 'InvalidAssetRecord', message: 'an asset record without name or assetType' });
          continue;
        }
        const resource = isRecord(raw.resource) ? raw.resource : undefined;
        const policy = isRecord(raw.iamPolicy) ? raw.iamPolicy : isRecord(raw.iam_policy) ? raw.iam_policy : undefined;
        const rec = byName.get(name) ?? { name, assetType, ancestors: [], file, line };
        if (resource && isRecord(resource.data)) {
          // The asset's source line is its resource record's.
          if (!rec.data) {
            rec.file = file;
            rec.line = line;
          }
          rec.data = resource.data;
        }
        if (resource) {
          rec.location ??= str(resource.location);
          rec.parent ??= str(resource.parent);
        }
        if (Array.isArray(raw.ancestors) && !rec.ancestors.length) rec.ancestors = raw.ancestors.filter((a): a is string => typeof a === 'string');
        if (policy) rec.iamPolicy = policy;
        const t = isoTime(raw.updateTime ?? raw.update_time);
        if (t && (!rec.updateTime || t > rec.updateTime)) rec.updateTime = t;
        byName.set(name, rec);
      }
    }
  }
  const byType = new Map<string, Rec[]>();
  const projectIds = new Map<string, string>();
  for (const rec of byName.values()) {
    const list = byType.get(rec.assetType);
    if (list) list.push(rec);
    else byType.set(rec.assetType, [rec]);
    if (rec.assetType === 'cloudresourcemanager.googleapis.com/Project') {
      const num = (rec.data?.projectNumber !== undefined ? String(rec.data.projectNumber) : undefined) ?? /projects\/(\d+)$/.exec(rec.name)?.[1];
      const id = str(rec.data?.projectId);
      if (num && id) projectIds.set(num, id);
    }
  }
  const byProject = new Map<string, Map<string, Rec[]>>();
  const keysByAccount = new Map<string, Rec[]>();
  const push = <K>(m: Map<K, Rec[]>, k: K, rec: Rec) => {
    const list = m.get(k);
    if (list) list.push(rec);
    else m.set(k, [rec]);
  };
  for (const rec of byName.values()) {
    rec.project = projectOf(rec, { projectIds });
    const perType = byProject.get(rec.assetType) ?? new Map<string, Rec[]>();
    byProject.set(rec.assetType, perType);
    if (rec.project !== undefined) push(perType, rec.project, rec);
    // compute.googleapis.com/Project is named by the project id in its data.
    if (rec.assetType === 'compute.googleapis.com/Project' && str(rec.data?.name) && str(rec.data?.name) !== rec.project) push(perType, str(rec.data?.name)!, rec);
    if (rec.assetType === 'iam.googleapis.com/ServiceAccountKey') {
      const i = rec.name.indexOf('/keys/');
      if (i > 0) push(keysByAccount, rec.name.slice(0, i), rec);
      const email = /\/serviceAccounts\/([^/]+@[^/]+)\/keys\//.exec(str(rec.data?.name) ?? '')?.[1];
      if (email) push(keysByAccount, email, rec);
    }
  }
  const ctx: Ctx = { observedAt, projectIds, byType, byProject, keysByAccount };
  const unknownByFile = new Map<string, UnknownTypes>();
  const assets: Asset[] = [];
  for (const rec of byName.values()) {
    const mapper = MAPPERS[rec.assetType];
    if (!mapper) {
      if (!JOIN_ONLY.has(rec.assetType)) {
        const u = unknownByFile.get(rec.file) ?? new UnknownTypes();
        unknownByFile.set(rec.file, u);
        u.add(rec.assetType, rec.line);
      }
      continue;
    }
    if (!rec.data && rec.assetType !== 'cloudresourcemanager.googleapis.com/Project') {
      // Only an IAM policy (or another content type) was exported: there is no resource to describe.
      diag({ severity: 'warning', file: rec.file, line: rec.line, code: 'ResourceNotInSnapshot', message: `${rec.name}: no RESOURCE record in the export (only ${rec.iamPolicy ? 'IAM_POLICY' : 'other content'}); skipped` });
      continue;
    }
    const asset = mapper(rec, rec.data ?? {}, ctx);
    if (asset) assets.push(asset);
  }
  for (const [file, u] of unknownByFile) u.report({ file, diag }, 'asset record(s)');
  return assets;
}
