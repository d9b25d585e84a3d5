/**
 * Cloud DNS managed zones, GKE clusters (+ node pools) and BigQuery datasets (+ dataset IAM / access
 * resources), as gcp.dns.managed-zones (`zone`), gcp.container.clusters (`cluster`) and gcp.bigquery.datasets
 * (`dataset`) store them.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, type IacResource } from '../../model.js';
import { knownString } from '../kit.js';
import { expandScope } from './compute.js';
import { kmsKeyRef } from './kms.js';
import { blk, blks, bool, builder, compact, i64, labelsOf, nameOf, nonEmpty, num, or, policyDataBindings, projectOf, regionOfLocation, str, strMap, strs, withoutUnknowns, type Index, type Obj } from './util.js';

export const MANAGED_ZONE_TYPE = 'dns.googleapis.com/ManagedZone';
export const CLUSTER_TYPE = 'container.googleapis.com/Cluster';
export const DATASET_TYPE = 'bigquery.googleapis.com/Dataset';

export const SERVICE_TYPES = [
  'google_dns_managed_zone',
  'google_container_cluster',
  'google_container_node_pool',
  'google_bigquery_dataset',
  'google_bigquery_dataset_access',
  'google_bigquery_dataset_iam_member',
  'google_bigquery_dataset_iam_binding',
  'google_bigquery_dataset_iam_policy',
];

// ---------------------------------------------------------------------------------------------------------
// DNS

/** Cloud DNS defaults when DNSSEC is turned on without key specs: RSASHA256, 2048-bit KSK and 1024-bit ZSK. */
const DEFAULT_KEY_SPECS = [
  { kind: 'dns#dnsKeySpec', keyType: 'keySigning', algorithm: 'rsasha256', keyLength: 2048 },
  { kind: 'dns#dnsKeySpec', keyType: 'zoneSigning', algorithm: 'rsasha256', keyLength: 1024 },
];

function zoneAspect(r: IacResource): Obj {
  const v = r.values;
  const visibility = or(str(v.visibility), 'public');
  const dnssec = blk(v.dnssec_config);
  const labels = strMap(v.labels);
  const specs = blks(dnssec?.default_key_specs).map((s) => compact({ kind: 'dns#dnsKeySpec', keyType: str(s.key_type), algorithm: str(s.algorithm), keyLength: num(s.key_length) }));
  const state = or(str(dnssec?.state), 'off');
  return compact({
    kind: 'dns#managedZone',
    name: str(v.name),
    dnsName: str(v.dns_name),
    // The provider's default description.
    description: or(str(v.description), 'Managed by Terraform'),
    visibility,
    labels: labels && Object.keys(labels).length ? labels : undefined,
    dnssecConfig:
      visibility === 'public'
        ? compact({ kind: 'dns#managedZoneDnsSecConfig', state, nonExistence: dnssec ? or(str(dnssec.non_existence), 'nsec3') : undefined, defaultKeySpecs: specs.length ? specs : state === 'on' ? DEFAULT_KEY_SPECS : undefined })
        : undefined,
  });
}

// ---------------------------------------------------------------------------------------------------------
// GKE

function nodeConfigOf(c: Obj = {}): Obj {
  const shielded = blk(c.shielded_instance_config);
  const wm = blk(c.workload_metadata_config);
  const scopes = strs(c.oauth_scopes);
  return compact({
    machineType: str(c.machine_type),
    imageType: str(c.image_type),
    // No service_account: the Compute Engine default service account, which the API reports as `default`.
    serviceAccount: or(str(c.service_account), 'default'),
    oauthScopes: Array.isArray(scopes) ? scopes.map(expandScope) : scopes,
    shieldedInstanceConfig: { enableSecureBoot: or(bool(shielded?.enable_secure_boot), false), enableIntegrityMonitoring: or(bool(shielded?.enable_integrity_monitoring), true) },
    workloadMetadataConfig: wm ? { mode: str(wm.mode) } : undefined,
  });
}

/** A node pool; blocks not known before apply are left out (no rule reads node pools). */
function nodePoolOf(name: unknown, p: Obj, config: () => Obj | undefined): Obj {
  try {
    return nodePool(name, p, config());
  } catch (e) {
    if (isUnknown(e)) return compact({ name: isUnknown(name) ? undefined : name });
    throw e;
  }
}

function nodePool(name: unknown, p: Obj, config: Obj | undefined): Obj {
  const mgmt = blk(p.management);
  return compact({
    name,
    initialNodeCount: num(p.initial_node_count),
    config: nodeConfigOf(config),
    management: { autoRepair: or(bool(mgmt?.auto_repair), true), autoUpgrade: or(bool(mgmt?.auto_upgrade), true) },
  });
}

function clusterAspect(idx: Index, r: IacResource, location: string | undefined, pools: IacResource[]): Obj {
  const v = r.values;
  const priv = blk(v.private_cluster_config);
  const man = blk(v.master_authorized_networks_config);
  const np = blk(v.network_policy);
  const enc = blk(v.database_encryption);
  const wi = blk(v.workload_identity_config);
  const rc = blk(v.release_channel);
  const labels = strMap(v.resource_labels);
  const nodePools: Obj[] = [];
  if (bool(v.remove_default_node_pool) !== true) nodePools.push(nodePoolOf('default-pool', { initial_node_count: v.initial_node_count }, () => blk(v.node_config)));
  for (const p of pools) nodePools.push(nodePoolOf(or(str(p.values.name), p.name), p.values, () => blk(p.values.node_config)));
  return compact({
    name: str(v.name),
    location,
    description: str(v.description),
    resourceLabels: labels && Object.keys(labels).length ? labels : undefined,
    privateClusterConfig: priv ? compact({ enablePrivateNodes: or(bool(priv.enable_private_nodes), false), enablePrivateEndpoint: or(bool(priv.enable_private_endpoint), false), masterIpv4CidrBlock: str(priv.master_ipv4_cidr_block) }) : undefined,
    // The block turns authorized networks on; without it the endpoint accepts any address.
    masterAuthorizedNetworksConfig: man
      ? compact({ enabled: true, cidrBlocks: blks(man.cidr_blocks).map((c) => compact({ cidrBlock: str(c.cidr_block), displayName: str(c.display_name) })), gcpPublicCidrsAccessEnabled: bool(man.gcp_public_cidrs_access_enabled) })
      : undefined,
    legacyAbac: { enabled: or(bool(v.enable_legacy_abac), false) },
    networkPolicy: np ? compact({ enabled: or(bool(np.enabled), false), provider: str(np.provider) }) : undefined,
    networkConfig: v.datapath_provider !== undefined && v.datapath_provider !== null ? { datapathProvider: str(v.datapath_provider) } : undefined,
    // API defaults: Cloud Logging / Monitoring for Kubernetes, Shielded GKE nodes on, etcd not encrypted with a customer key.
    loggingService: or(str(v.logging_service), 'logging.googleapis.com/kubernetes'),
    monitoringService: or(str(v.monitoring_service), 'monitoring.googleapis.com/kubernetes'),
    databaseEncryption: enc ? compact({ state: str(enc.state), keyName: kmsKeyRef(idx, enc.key_name) }) : { state: 'DECRYPTED' },
    shieldedNodes: { enabled: or(bool(v.enable_shielded_nodes), true) },
    workloadIdentityConfig: wi ? { workloadPool: str(wi.workload_pool) } : undefined,
    releaseChannel: rc ? { channel: str(rc.channel) } : undefined,
    // Node pools are read by no rule: their unknown values (a service account email through a reference) are left out.
    nodePools: nodePools.length ? withoutUnknowns(nodePools) : undefined,
  });
}

// ---------------------------------------------------------------------------------------------------------
// BigQuery

/** Predefined dataset roles the API reports as the basic dataset roles. */
const BASIC_ROLES: Record<string, string> = { 'roles/bigquery.dataOwner': 'OWNER', 'roles/bigquery.dataEditor': 'WRITER', 'roles/bigquery.dataViewer': 'READER' };
const basicRole = (role: unknown): unknown => (typeof role === 'string' ? (BASIC_ROLES[role] ?? role) : role);

function accessEntryOf(a: Obj): Obj {
  const view = blk(a.view);
  const ds = blk(a.dataset);
  const inner = blk(ds?.dataset);
  const routine = blk(a.routine);
  return compact({
    role: basicRole(str(a.role)),
    userByEmail: str(a.user_by_email),
    groupByEmail: str(a.group_by_email),
    domain: str(a.domain),
    specialGroup: str(a.special_group),
    iamMember: str(a.iam_member),
    view: view ? compact({ projectId: str(view.project_id), datasetId: str(view.dataset_id), tableId: str(view.table_id) }) : undefined,
    dataset: ds ? compact({ dataset: inner ? compact({ projectId: str(inner.project_id), datasetId: str(inner.dataset_id) }) : undefined, targetTypes: nonEmpty(ds.target_types) }) : undefined,
    routine: routine ? compact({ projectId: str(routine.project_id), datasetId: str(routine.dataset_id), routineId: str(routine.routine_id) }) : undefined,
  });
}

/** An IAM member as the dataset access entry BigQuery records for it. */
function entryOfMember(role: unknown, member: unknown): Obj {
  if (isUnknown(member)) return { role, iamMember: member };
  const m = String(member);
  const i = m.indexOf(':');
  const kind = i > 0 ? m.slice(0, i) : m;
  const rest = m.slice(i + 1);
  const r = basicRole(role);
  if (kind === 'user' || kind === 'serviceAccount') return { role: r, userByEmail: rest };
  if (kind === 'group') return { role: r, groupByEmail: rest };
  if (kind === 'domain') return { role: r, domain: rest };
  if (m === 'allAuthenticatedUsers') return { role: r, specialGroup: 'allAuthenticatedUsers' };
  if (kind === 'projectOwner' || kind === 'projectEditor' || kind === 'projectViewer') return { role: r, specialGroup: { projectOwner: 'projectOwners', projectEditor: 'projectWriters', projectViewer: 'projectReaders' }[kind] };
  return { role: r, iamMember: m };
}

/** Default access of a dataset created without access entries (the creator's own OWNER entry is not knowable and left out). */
const DEFAULT_ACCESS: Obj[] = [
  { role: 'WRITER', specialGroup: 'projectWriters' },
  { role: 'OWNER', specialGroup: 'projectOwners' },
  { role: 'READER', specialGroup: 'projectReaders' },
];

function datasetAspect(idx: Index, r: IacResource, project: string | undefined, related: IacResource[]): Obj {
  const v = r.values;
  const id = str(v.dataset_id);
  const enc = blk(v.default_encryption_configuration);
  const labels = strMap(v.labels);
  const declared = blks(v.access);
  let access: Obj[] = declared.length ? declared.map(accessEntryOf) : DEFAULT_ACCESS.map((a) => ({ ...a }));
  const policies = related.filter((x) => x.type === 'google_bigquery_dataset_iam_policy');
  const last = policies[policies.length - 1];
  if (last) {
    access = policyDataBindings(idx, last).bindings.flatMap((b) => b.members.map((m) => entryOfMember(b.role, m)));
  }
  for (const b of related.filter((x) => x.type === 'google_bigquery_dataset_iam_binding')) {
    const role = basicRole(str(b.values.role));
    if (isUnknown(role)) throw role;
    const members = strs(b.values.members);
    if (isUnknown(members)) throw members;
    access = [...access.filter((a) => a.role !== role), ...(members ?? []).map((m) => entryOfMember(role, m))];
  }
  for (const m of related.filter((x) => x.type === 'google_bigquery_dataset_iam_member')) access.push(entryOfMember(str(m.values.role), str(m.values.member)));
  for (const a of related.filter((x) => x.type === 'google_bigquery_dataset_access')) access.push(accessEntryOf(a.values));
  return compact({
    kind: 'bigquery#dataset',
    id: project && typeof id === 'string' ? `${project}:${id}` : undefined,
    datasetReference: compact({ datasetId: id, projectId: project }),
    friendlyName: str(v.friendly_name),
    description: str(v.description),
    labels: labels && Object.keys(labels).length ? labels : undefined,
    // BigQuery default location: US.
    location: or(str(v.location), 'US'),
    defaultTableExpirationMs: i64(v.default_table_expiration_ms),
    defaultPartitionExpirationMs: i64(v.default_partition_expiration_ms),
    access,
    defaultEncryptionConfiguration: enc ? { kmsKeyName: kmsKeyRef(idx, enc.kms_key_name) } : undefined,
  });
}

// ---------------------------------------------------------------------------------------------------------

export function mapServices(idx: Index): Asset[] {
  const out: Asset[] = [];
  const ctx = idx.ctx;

  for (const r of idx.of('google_dns_managed_zone')) {
    const name = nameOf(r);
    const project = projectOf(r);
    out.push(
      builder(r, ctx, 'dns', { liveId: name && project ? `//dns.googleapis.com/projects/${project}/managedZones/${name}` : undefined, type: MANAGED_ZONE_TYPE, kind: 'network.dns-zone', name: name ?? r.name, account: project, region: 'global', tags: labelsOf(r.values.labels) })
        .aspect('zone', () => zoneAspect(r))
        .build(),
    );
  }

  const pools = new Map<string, IacResource[]>();
  for (const p of idx.of('google_container_node_pool')) {
    const v = p.values.cluster;
    const name = typeof v === 'string' ? v.split('/').pop() : v;
    const c = idx.one(name, 'google_container_cluster', 'name', (x) => nameOf(x), p.module);
    if (c) pools.set(c.address, [...(pools.get(c.address) ?? []), p]);
  }
  for (const r of idx.of('google_container_cluster')) {
    const name = nameOf(r);
    const project = projectOf(r);
    const own = r.values.location;
    const location = own !== undefined && own !== null ? knownString(own) : (knownString(r.providerConfig.zone) ?? knownString(r.providerConfig.region));
    out.push(
      builder(r, ctx, 'container', {
        liveId: name && project && location ? `//container.googleapis.com/projects/${project}/locations/${location}/clusters/${name}` : undefined,
        type: CLUSTER_TYPE,
        kind: 'container.cluster',
        name: name ?? r.name,
        account: project,
        region: location ? regionOfLocation(location) : undefined,
        tags: labelsOf(r.values.resource_labels),
      })
        .aspect('cluster', () => clusterAspect(idx, r, location, pools.get(r.address) ?? []))
        .build(),
    );
  }

  const related = new Map<string, IacResource[]>();
  const datasetTypes = ['google_bigquery_dataset_access', 'google_bigquery_dataset_iam_member', 'google_bigquery_dataset_iam_binding', 'google_bigquery_dataset_iam_policy'];
  for (const t of datasetTypes) {
    for (const x of idx.of(t)) {
      // A resource that may belong to several datasets (every instance of a counted block) is applied to each:
      // a public entry is not lost.
      for (const d of idx.find(x.values.dataset_id, 'google_bigquery_dataset', 'dataset_id', (ds) => nameOf(ds, 'dataset_id'), x.module)) related.set(d.address, [...(related.get(d.address) ?? []), x]);
    }
  }
  for (const r of idx.of('google_bigquery_dataset')) {
    const id = nameOf(r, 'dataset_id');
    const project = projectOf(r);
    const location = r.values.location === undefined || r.values.location === null ? 'US' : knownString(r.values.location);
    out.push(
      builder(r, ctx, 'bigquery', {
        liveId: id && project ? `//bigquery.googleapis.com/projects/${project}/datasets/${id}` : undefined,
        type: DATASET_TYPE,
        kind: 'database.dataset',
        name: id ?? r.name,
        account: project,
        region: location?.toLowerCase(),
        tags: labelsOf(r.values.labels),
      })
        .aspect('dataset', () => datasetAspect(idx, r, project, related.get(r.address) ?? []))
        .build(),
    );
  }
  return out;
}
