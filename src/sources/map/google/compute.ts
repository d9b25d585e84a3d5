/**
 * Compute Engine: firewalls, networks, subnetworks, instances and disks, as the gcp.compute.* collectors store
 * them (the REST JSON of the list items: `firewall`, `network`, `subnetwork`, `instance` + `projectMetadata`,
 * `disk`). Ids are the Cloud Asset Inventory names (`//compute.googleapis.com/projects/<p>/...`).
 *
 * Fields no rule reads whose value is not known before apply (a network's self link through `.id`, an
 * ephemeral NAT address, metadata such as a templated startup script) are left out rather than turning the
 * whole aspect into a gap; every field a rule or facet reads keeps its Unknown (→ gap).
 */
import { createHash } from 'node:crypto';
import type { Asset } from '../../../core/asset.js';
import { isUnknown, Unknown, type IacResource } from '../../model.js';
import { iacId, knownString } from '../kit.js';
import { kmsKeyRef } from './kms.js';
import { blk, blks, bool, builder, compact, computeName, computeUrl, i64, labelsOf, lastSegment, nameOf, nonEmpty, num, or, projectOf, regionOf, regionOfZone, str, strMap, strs, zoneOf, type Index, type Obj } from './util.js';

export const FIREWALL_TYPE = 'compute.googleapis.com/Firewall';
export const NETWORK_TYPE = 'compute.googleapis.com/Network';
export const SUBNETWORK_TYPE = 'compute.googleapis.com/Subnetwork';
export const INSTANCE_TYPE = 'compute.googleapis.com/Instance';
export const DISK_TYPE = 'compute.googleapis.com/Disk';

export const COMPUTE_TYPES = [
  'google_compute_firewall',
  'google_compute_network',
  'google_compute_subnetwork',
  'google_compute_instance',
  'google_compute_disk',
  'google_compute_attached_disk',
  'google_compute_project_metadata',
  'google_compute_project_metadata_item',
];

const ANYWHERE = '0.0.0.0/0';

/**
 * A network or subnetwork argument as the API's self link: a name or partial path resolved against the
 * project, a reference resolved to the resource of this input. Undefined when neither is known (not read by rules).
 */
function linkOf(idx: Index, r: IacResource, v: unknown, type: string, path: (project: string, res: IacResource | undefined, name: string) => string): string | undefined {
  const project = projectOf(r);
  if (isUnknown(v)) {
    const target = idx.refs(v, [type])[0];
    const name = target && nameOf(target);
    const p = target && projectOf(target);
    return target && name && p ? computeUrl(p, path(p, target, name)) : undefined;
  }
  if (typeof v !== 'string') return undefined;
  if (v.startsWith('https://')) return v;
  if (v.startsWith('projects/')) return `https://www.googleapis.com/compute/v1/${v}`;
  const name = lastSegment(v);
  const target = idx.one(name, type, 'name', (x) => nameOf(x), r.module);
  return project ? computeUrl(project, path(project, target, name)) : undefined;
}

const networkLink = (idx: Index, r: IacResource, v: unknown) => linkOf(idx, r, v, 'google_compute_network', (_p, _t, name) => `global/networks/${name}`);
const subnetworkLink = (idx: Index, r: IacResource, v: unknown) =>
  linkOf(idx, r, v, 'google_compute_subnetwork', (_p, t, name) => {
    const region = (t && regionOf(t)) ?? regionOf(r) ?? (zoneOf(r) ? regionOfZone(zoneOf(r)!) : undefined);
    return `regions/${region ?? 'unknown'}/subnetworks/${name}`;
  });

// ---------------------------------------------------------------------------------------------------------
// Firewalls

const clauses = (list: unknown): Obj[] =>
  blks(list).map((c) => {
    const ports = strs(c.ports);
    return compact({ IPProtocol: str(c.protocol), ports: Array.isArray(ports) && ports.length === 0 ? undefined : ports });
  });

function firewallAspect(idx: Index, r: IacResource): Obj {
  const v = r.values;
  const direction = or(str(v.direction), 'INGRESS');
  const log = blk(v.log_config);
  const sourceRanges = nonEmpty(v.source_ranges);
  const sourceTags = nonEmpty(v.source_tags);
  const sourceSas = nonEmpty(v.source_service_accounts);
  const destinationRanges = nonEmpty(v.destination_ranges);
  const ingress = direction === 'INGRESS';
  // Compute Engine: an ingress rule with no source applies to 0.0.0.0/0, an egress rule with no destination too;
  // the API stores that range on the rule.
  const noSource = sourceRanges === undefined && sourceTags === undefined && sourceSas === undefined;
  return compact({
    kind: 'compute#firewall',
    name: str(v.name),
    description: str(v.description),
    network: networkLink(idx, r, v.network),
    priority: or(num(v.priority), 1000),
    direction,
    sourceRanges: ingress && noSource ? [ANYWHERE] : sourceRanges,
    destinationRanges: direction === 'EGRESS' && destinationRanges === undefined ? [ANYWHERE] : destinationRanges,
    sourceTags,
    sourceServiceAccounts: sourceSas,
    targetTags: nonEmpty(v.target_tags),
    targetServiceAccounts: nonEmpty(v.target_service_accounts),
    allowed: blks(v.allow).length ? clauses(v.allow) : undefined,
    denied: blks(v.deny).length ? clauses(v.deny) : undefined,
    disabled: or(bool(v.disabled), false),
    // A log_config block turns firewall logging on (the provider sends enable: true with its metadata).
    logConfig: log ? compact({ enable: true, metadata: str(log.metadata) }) : { enable: false },
  });
}

// ---------------------------------------------------------------------------------------------------------
// Networks and subnetworks

function networkAspect(r: IacResource): Obj {
  const v = r.values;
  return compact({
    kind: 'compute#network',
    name: str(v.name),
    description: str(v.description),
    // Provider default: auto mode (one subnet per region), as the API's own default.
    autoCreateSubnetworks: or(bool(v.auto_create_subnetworks), true),
    routingConfig: { routingMode: or(str(v.routing_mode), 'REGIONAL') },
    mtu: num(v.mtu),
  });
}

function subnetworkAspect(idx: Index, r: IacResource, project: string | undefined, region: string | undefined): Obj {
  const v = r.values;
  const log = blk(v.log_config);
  const filter = str(log?.filter_expr);
  return compact({
    kind: 'compute#subnetwork',
    name: str(v.name),
    description: str(v.description),
    network: networkLink(idx, r, v.network),
    ipCidrRange: str(v.ip_cidr_range),
    region: project && region ? computeUrl(project, `regions/${region}`) : undefined,
    privateIpGoogleAccess: or(bool(v.private_ip_google_access), false),
    purpose: or(str(v.purpose), 'PRIVATE'),
    stackType: str(v.stack_type),
    // A log_config block enables flow logs with the provider's defaults for what it leaves out; the provider's
    // filter default "true" (every flow) is no filter.
    logConfig: log
      ? compact({
          enable: true,
          aggregationInterval: or(str(log.aggregation_interval), 'INTERVAL_5_SEC'),
          flowSampling: or(num(log.flow_sampling), 0.5),
          metadata: or(str(log.metadata), 'INCLUDE_ALL_METADATA'),
          metadataFields: nonEmpty(log.metadata_fields),
          filterExpr: filter === 'true' ? undefined : filter,
        })
      : // Not configured: the API lists no logConfig (flow logs off unless an organization policy turns them on).
        undefined,
  });
}

// ---------------------------------------------------------------------------------------------------------
// Instances and disks

/** gcloud / provider scope aliases, expanded as the API stores them. */
const SCOPE_ALIASES: Record<string, string> = {
  bigquery: 'bigquery',
  'cloud-platform': 'cloud-platform',
  'cloud-source-repos': 'source.full_control',
  'cloud-source-repos-ro': 'source.read_only',
  'compute-ro': 'compute.readonly',
  'compute-rw': 'compute',
  datastore: 'datastore',
  'logging-write': 'logging.write',
  monitoring: 'monitoring',
  'monitoring-read': 'monitoring.read',
  'monitoring-write': 'monitoring.write',
  pubsub: 'pubsub',
  'service-control': 'servicecontrol',
  'service-management': 'service.management.readonly',
  sql: 'sqlservice',
  'sql-admin': 'sqlservice.admin',
  'storage-full': 'devstorage.full_control',
  'storage-ro': 'devstorage.read_only',
  'storage-rw': 'devstorage.read_write',
  taskqueue: 'taskqueue',
  trace: 'trace.append',
  'useraccounts-ro': 'cloud.useraccounts.readonly',
  'useraccounts-rw': 'cloud.useraccounts',
  'userinfo-email': 'userinfo.email',
};

export function expandScope(s: string | Unknown): string | Unknown {
  if (isUnknown(s) || s.startsWith('https://')) return s;
  return `https://www.googleapis.com/auth/${SCOPE_ALIASES[s] ?? s}`;
}

/** Metadata keys rules and facets read: an unknown value of these makes the aspect a gap; others are left out. */
const SECURITY_METADATA = new Set(['enable-oslogin', 'enable-oslogin-2fa', 'block-project-ssh-keys', 'serial-port-enable', 'serial-port-logging-enable', 'enable-guest-attributes']);

function metadataItems(map: unknown, startupScript: unknown): Array<{ key: string; value: unknown }> | Unknown {
  if (isUnknown(map)) return map;
  const items: Array<{ key: string; value: unknown }> = [];
  if (map && typeof map === 'object' && !Array.isArray(map)) {
    for (const [key, raw] of Object.entries(map)) {
      const value = str(raw);
      if (isUnknown(value) && !SECURITY_METADATA.has(key)) continue;
      if (value !== undefined) items.push({ key, value });
    }
  }
  const script = str(startupScript);
  if (typeof script === 'string') items.push({ key: 'startup-script', value: script });
  return items;
}

/**
 * A disk's `diskEncryptionKey` as the API reports it: the KMS key, or for a customer-supplied key the
 * base64 SHA-256 of the key (computed here from a known raw key; an RSA-wrapped key's hash is not knowable).
 */
function diskKey(idx: Index, raw: unknown, rsa: unknown, kms: unknown): Obj | undefined {
  if (raw !== undefined && raw !== null) {
    if (isUnknown(raw)) return { sha256: raw };
    if (typeof raw === 'string') return { sha256: createHash('sha256').update(Buffer.from(raw, 'base64')).digest('base64') };
  }
  if (rsa !== undefined && rsa !== null) return { sha256: new Unknown('the SHA-256 of an RSA-wrapped customer-supplied key is computed by Compute Engine', isUnknown(rsa) ? rsa.refs : []) };
  if (kms !== undefined && kms !== null) return { kmsKeyName: kmsKeyRef(idx, kms) };
  return undefined;
}

/** Scopes as URLs; an unknown list stays unknown. */
export function scopesOf(v: unknown): Array<string | Unknown> | Unknown {
  const l = strs(v);
  return isUnknown(l) ? l : (l ?? []).map(expandScope);
}

/** The Compute Engine default service account of a project: `<project number>-compute@developer.gserviceaccount.com`. */
const DEFAULT_SA = new Unknown('the Compute Engine default service account is named after the project number');

function instanceAspect(idx: Index, r: IacResource, project: string | undefined, zone: string | undefined): Obj {
  const v = r.values;
  const labels = strMap(v.labels);
  const sa = blk(v.service_account);
  const shielded = blk(v.shielded_instance_config);
  const confidential = blk(v.confidential_instance_config);
  const boot = blk(v.boot_disk);
  const bootName = nameOf(r);
  const zoneUrl = project && zone ? computeUrl(project, `zones/${zone}`) : undefined;
  const items = metadataItems(v.metadata, v.metadata_startup_script);
  return compact({
    kind: 'compute#instance',
    name: str(v.name),
    description: str(v.description),
    zone: zoneUrl,
    machineType: project && zone && typeof v.machine_type === 'string' ? computeUrl(project, `zones/${zone}/machineTypes/${v.machine_type}`) : undefined,
    labels: labels && Object.keys(labels).length ? labels : undefined,
    tags: nonEmpty(v.tags) ? { items: nonEmpty(v.tags) } : undefined,
    canIpForward: or(bool(v.can_ip_forward), false),
    deletionProtection: or(bool(v.deletion_protection), false),
    networkInterfaces: blks(v.network_interface).map((n, i) =>
      compact({
        kind: 'compute#networkInterface',
        name: `nic${i}`,
        network: networkLink(idx, r, n.network ?? (n.subnetwork === undefined ? 'default' : undefined)),
        subnetwork: subnetworkLink(idx, r, n.subnetwork),
        networkIP: knownString(n.network_ip),
        // Each access_config is an external IPv4 address; an ephemeral or not-yet-reserved address has no known natIP.
        accessConfigs: blks(n.access_config).length
          ? blks(n.access_config).map((c) => compact({ kind: 'compute#accessConfig', type: 'ONE_TO_ONE_NAT', name: 'External NAT', natIP: knownString(c.nat_ip) || undefined, networkTier: or(str(c.network_tier), 'PREMIUM') }))
          : undefined,
        ipv6AccessConfigs: blks(n.ipv6_access_config).length
          ? blks(n.ipv6_access_config).map((c) => compact({ kind: 'compute#accessConfig', type: 'DIRECT_IPV6', name: 'external-ipv6', externalIpv6: knownString(c.external_ipv6) || undefined, networkTier: or(str(c.network_tier), 'PREMIUM') }))
          : undefined,
      }),
    ),
    // No service_account block: the instance runs without one. A block without email: the default compute account.
    serviceAccounts: sa ? [{ email: str(sa.email) ?? DEFAULT_SA, scopes: scopesOf(sa.scopes) }] : undefined,
    // Provider defaults (Shielded VM images): secure boot off, vTPM and integrity monitoring on.
    shieldedInstanceConfig: {
      enableSecureBoot: or(bool(shielded?.enable_secure_boot), false),
      enableVtpm: or(bool(shielded?.enable_vtpm), true),
      enableIntegrityMonitoring: or(bool(shielded?.enable_integrity_monitoring), true),
    },
    confidentialInstanceConfig: confidential ? compact({ enableConfidentialCompute: or(bool(confidential.enable_confidential_compute), str(confidential.confidential_instance_type) !== undefined), confidentialInstanceType: str(confidential.confidential_instance_type) }) : undefined,
    metadata: isUnknown(items) ? items : items.length ? { kind: 'compute#metadata', items } : { kind: 'compute#metadata' },
    disks: boot
      ? [
          compact({
            kind: 'compute#attachedDisk',
            boot: true,
            autoDelete: or(bool(boot.auto_delete), true),
            source: project && zone && (knownString(boot.source) ?? bootName) ? computeUrl(project, `zones/${zone}/disks/${lastSegment(knownString(boot.source) ?? bootName!)}`) : undefined,
          }),
        ]
      : undefined,
  });
}

function diskAspect(idx: Index, r: IacResource, project: string | undefined, zone: string | undefined, users: string[]): Obj {
  const v = r.values;
  const key = blk(v.disk_encryption_key);
  const labels = strMap(v.labels);
  return compact({
    kind: 'compute#disk',
    name: str(v.name),
    description: str(v.description),
    zone: project && zone ? computeUrl(project, `zones/${zone}`) : undefined,
    sizeGb: i64(v.size),
    type: project && zone ? computeUrl(project, `zones/${zone}/diskTypes/${knownString(v.type) ?? 'pd-standard'}`) : undefined,
    labels: labels && Object.keys(labels).length ? labels : undefined,
    diskEncryptionKey: key ? diskKey(idx, key.raw_key, key.rsa_encrypted_key, key.kms_key_self_link) : undefined,
    users: users.length ? users : undefined,
  });
}

/** The project-wide metadata (`google_compute_project_metadata` replaces it, `_item`s add keys) by project. */
function projectMetadata(idx: Index): Map<string, IacResource[]> {
  const out = new Map<string, IacResource[]>();
  for (const r of [...idx.of('google_compute_project_metadata'), ...idx.of('google_compute_project_metadata_item')]) {
    const p = projectOf(r);
    if (!p) continue;
    out.set(p, [...(out.get(p) ?? []), r]);
  }
  return out;
}

function projectMetadataAspect(parts: IacResource[]): Obj {
  const items = new Map<string, unknown>();
  for (const r of parts.filter((x) => x.type === 'google_compute_project_metadata')) {
    const got = metadataItems(r.values.metadata, undefined);
    if (isUnknown(got)) throw got;
    for (const i of got) items.set(i.key, i.value);
  }
  for (const r of parts.filter((x) => x.type === 'google_compute_project_metadata_item')) {
    const key = str(r.values.key);
    if (isUnknown(key)) throw key;
    if (key !== undefined) items.set(key, str(r.values.value));
  }
  return { kind: 'compute#metadata', items: [...items].map(([key, value]) => ({ key, value })) };
}

export function mapCompute(idx: Index): Asset[] {
  const out: Asset[] = [];
  const ctx = idx.ctx;

  for (const r of idx.of('google_compute_firewall')) {
    const name = nameOf(r);
    const project = projectOf(r);
    const b = builder(r, ctx, 'compute', { liveId: name && project ? computeName(project, `global/firewalls/${name}`) : undefined, type: FIREWALL_TYPE, kind: 'network.firewall-rule', name: name ?? r.name, account: project, region: 'global' });
    out.push(b.aspect('firewall', () => firewallAspect(idx, r)).build());
  }

  for (const r of idx.of('google_compute_network')) {
    const name = nameOf(r);
    const project = projectOf(r);
    const b = builder(r, ctx, 'compute', { liveId: name && project ? computeName(project, `global/networks/${name}`) : undefined, type: NETWORK_TYPE, kind: 'network.vpc', name: name ?? r.name, account: project, region: 'global' });
    out.push(b.aspect('network', () => networkAspect(r)).build());
  }

  for (const r of idx.of('google_compute_subnetwork')) {
    const name = nameOf(r);
    const project = projectOf(r);
    const region = regionOf(r);
    const b = builder(r, ctx, 'compute', {
      liveId: name && project && region ? computeName(project, `regions/${region}/subnetworks/${name}`) : undefined,
      type: SUBNETWORK_TYPE,
      kind: 'network.subnet',
      name: name ?? r.name,
      account: project,
      region,
    });
    out.push(b.aspect('subnetwork', () => subnetworkAspect(idx, r, project, region)).build());
  }

  // Disks attached to instances (attached_disk blocks, google_compute_attached_disk): their `users`.
  const users = new Map<string, string[]>();
  const attach = (disk: IacResource | undefined, instance: IacResource | undefined) => {
    if (!disk || !instance) return;
    const p = projectOf(instance);
    const z = zoneOf(instance);
    const n = nameOf(instance);
    users.set(disk.address, [...(users.get(disk.address) ?? []), p && z && n ? computeUrl(p, `zones/${z}/instances/${n}`) : instance.address]);
  };
  const diskByName = (v: unknown, module: string) => idx.one(typeof v === 'string' ? lastSegment(v) : v, 'google_compute_disk', 'name', (d) => nameOf(d), module);
  for (const inst of idx.of('google_compute_instance')) {
    const attached = Array.isArray(inst.values.attached_disk) ? inst.values.attached_disk : [];
    for (const a of attached) if (a && typeof a === 'object' && !isUnknown(a)) attach(diskByName((a as Obj).source, inst.module), inst);
    const boot = Array.isArray(inst.values.boot_disk) ? (inst.values.boot_disk[0] as Obj | undefined) : undefined;
    if (boot && boot.source !== undefined) attach(diskByName(boot.source, inst.module), inst);
  }
  for (const a of idx.of('google_compute_attached_disk')) {
    attach(diskByName(a.values.disk, a.module), idx.one(typeof a.values.instance === 'string' ? lastSegment(a.values.instance) : a.values.instance, 'google_compute_instance', 'name', (i) => nameOf(i), a.module));
  }

  const metadata = projectMetadata(idx);
  for (const r of idx.of('google_compute_instance')) {
    const name = nameOf(r);
    const project = projectOf(r);
    const zone = zoneOf(r);
    const b = builder(r, ctx, 'compute', {
      liveId: name && project && zone ? computeName(project, `zones/${zone}/instances/${name}`) : undefined,
      type: INSTANCE_TYPE,
      kind: 'compute.instance',
      name: name ?? r.name,
      account: project,
      region: zone ? regionOfZone(zone) : undefined,
      tags: labelsOf(r.values.labels),
    });
    b.aspect('instance', () => instanceAspect(idx, r, project, zone));
    // The project-wide metadata the instance inherits, when the configuration manages it; otherwise not known.
    const common = project ? metadata.get(project) : undefined;
    if (common) b.aspect('projectMetadata', () => projectMetadataAspect(common));
    out.push(b.build());

    // A boot disk created with the instance (initialize_params, no source) is a disk of its own, named after the instance.
    const boot = Array.isArray(r.values.boot_disk) ? (r.values.boot_disk[0] as Obj | undefined) : undefined;
    if (boot && !isUnknown(boot) && (boot.source === undefined || boot.source === null)) {
      const init = Array.isArray(boot.initialize_params) ? (boot.initialize_params[0] as Obj | undefined) : undefined;
      const d = builder(r, ctx, 'compute', {
        liveId: name && project && zone ? computeName(project, `zones/${zone}/disks/${name}`) : `${iacId(r)}.boot_disk`,
        type: DISK_TYPE,
        kind: 'storage.volume',
        name: name ?? `${r.name}-boot`,
        account: project,
        region: zone ? regionOfZone(zone) : undefined,
        tags: labelsOf(init?.labels),
      });
      d.aspect('disk', () =>
        compact({
          kind: 'compute#disk',
          name: str(r.values.name),
          zone: project && zone ? computeUrl(project, `zones/${zone}`) : undefined,
          sizeGb: i64(init?.size),
          type: project && zone ? computeUrl(project, `zones/${zone}/diskTypes/${knownString(init?.type) ?? 'pd-standard'}`) : undefined,
          diskEncryptionKey: diskKey(idx, boot.disk_encryption_key_raw, boot.disk_encryption_key_rsa, boot.kms_key_self_link),
          users: [project && zone && name ? computeUrl(project, `zones/${zone}/instances/${name}`) : r.address],
        }),
      );
      out.push(d.build());
    }
  }

  for (const r of idx.of('google_compute_disk')) {
    const name = nameOf(r);
    const project = projectOf(r);
    const zone = zoneOf(r);
    const b = builder(r, ctx, 'compute', {
      liveId: name && project && zone ? computeName(project, `zones/${zone}/disks/${name}`) : undefined,
      type: DISK_TYPE,
      kind: 'storage.volume',
      name: name ?? r.name,
      account: project,
      region: zone ? regionOfZone(zone) : undefined,
      tags: labelsOf(r.values.labels),
    });
    out.push(b.aspect('disk', () => diskAspect(idx, r, project, zone, users.get(r.address) ?? [])).build());
  }
  return out;
}
