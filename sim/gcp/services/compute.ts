/**
 * Compute Engine API v1 (`/compute/`): projects.get, firewalls.list, networks.list,
 * subnetworks.aggregatedList, instances.aggregatedList, disks.aggregatedList.
 *
 * Estate sections (REST JSON as `gcloud compute ... --format=json` prints it; short names are accepted
 * where the API writes URLs and expanded): `firewalls` (`network` short name or URL), `networks`,
 * `subnetworks` (`region`, `network` short names), `instances` (`zone`, `machineType`, network
 * interfaces' `network`/`subnetwork` short names), `disks` (`zone`, `type` short names),
 * `projectMetadata` (the project-wide `commonInstanceMetadata.items`, `{ key, value }`, served by
 * projects.get). `kind`, `id`, `selfLink` and `creationTimestamp` are filled in when absent.
 */
import type { GcpProjectEstate } from '../estate.js';
import type { GcpRoute, GcpSimService } from '../service.js';
import { DEFAULT_CREATED, numericId } from './ids.js';
import { generateCompute } from './compute-generate.js';

const BASE = 'https://www.googleapis.com/compute/v1';
const url = (project: string, path: string) => `${BASE}/projects/${project}/${path}`;
const full = (project: string, kind: string, v: string | undefined) => (v === undefined || v.startsWith('https://') ? v : url(project, `${kind}/${v}`));
const regionOfZone = (zone: string) => zone.replace(/-[a-z]$/, '');

function common(p: string, kind: string, selfPath: string, x: any): any {
  return { kind, id: numericId(p, selfPath), creationTimestamp: DEFAULT_CREATED, selfLink: url(p, selfPath), ...x };
}

function firewallView(p: string, f: any): any {
  return common(p, 'compute#firewall', `global/firewalls/${f.name}`, {
    priority: 1000,
    direction: 'INGRESS',
    disabled: false,
    logConfig: { enable: false },
    ...f,
    network: full(p, 'global/networks', f.network ?? 'default'),
  });
}

function networkView(p: string, n: any): any {
  return common(p, 'compute#network', `global/networks/${n.name}`, {
    autoCreateSubnetworks: false,
    routingConfig: { routingMode: 'REGIONAL' },
    networkFirewallPolicyEnforcementOrder: 'AFTER_CLASSIC_FIREWALL',
    ...n,
    ...(n.subnetworks ? { subnetworks: n.subnetworks.map((s: string) => full(p, 'regions', s)) } : {}),
  });
}

function subnetView(p: string, s: any): any {
  return common(p, 'compute#subnetwork', `regions/${s.region}/subnetworks/${s.name}`, {
    privateIpGoogleAccess: false,
    purpose: 'PRIVATE',
    stackType: 'IPV4_ONLY',
    ...s,
    network: full(p, 'global/networks', s.network ?? 'default'),
    region: full(p, 'regions', s.region),
  });
}

function instanceView(p: string, i: any): any {
  const zone = i.zone as string;
  return common(p, 'compute#instance', `zones/${zone}/instances/${i.name}`, {
    status: 'RUNNING',
    canIpForward: false,
    deletionProtection: false,
    ...i,
    zone: full(p, 'zones', zone),
    machineType: full(p, `zones/${zone}/machineTypes`, i.machineType ?? 'e2-medium'),
    networkInterfaces: (i.networkInterfaces ?? []).map((ni: any, k: number) => ({
      kind: 'compute#networkInterface',
      name: `nic${k}`,
      ...ni,
      network: full(p, 'global/networks', ni.network ?? 'default'),
      subnetwork: full(p, `regions/${regionOfZone(zone)}/subnetworks`, ni.subnetwork ?? 'default'),
    })),
    disks: (i.disks ?? []).map((d: any) => ({ kind: 'compute#attachedDisk', ...d, source: full(p, `zones/${zone}/disks`, d.source) })),
  });
}

function diskView(p: string, d: any): any {
  const zone = d.zone as string;
  return common(p, 'compute#disk', `zones/${zone}/disks/${d.name}`, {
    status: 'READY',
    ...d,
    zone: full(p, 'zones', zone),
    type: full(p, `zones/${zone}/diskTypes`, d.type ?? 'pd-balanced'),
    ...(d.users ? { users: d.users.map((u: string) => full(p, `zones/${zone}/instances`, u)) } : {}),
  });
}

/** Groups a section by `regions/<r>` or `zones/<z>` as aggregatedList does. */
function byScope(list: any[], scopeKind: 'regions' | 'zones', view: (x: any) => any): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  const key = scopeKind === 'regions' ? 'region' : 'zone';
  for (const x of list) (out[`${scopeKind}/${String(x[key]).split('/').pop()}`] ??= []).push(view(x));
  return out;
}

const list = (name: string, section: string, view: (p: string, x: any) => any): GcpRoute => ({
  method: 'GET',
  path: `compute/v1/projects/{project}/global/${name}`,
  operation: `compute.${name}.list`,
  kind: 'list',
  itemsKey: 'items',
  defaultPageSize: 500,
  maxPageSize: 500,
  wrap: { kind: `compute#${name.replace(/s$/, '')}List` },
  handler: (ctx) => ctx.section(section).map((x) => view(ctx.project.projectId, x)),
});

const aggregated = (name: string, scope: 'regions' | 'zones', view: (p: string, x: any) => any): GcpRoute => ({
  method: 'GET',
  path: `compute/v1/projects/{project}/aggregated/${name}`,
  operation: `compute.${name}.aggregatedList`,
  kind: 'aggregated',
  itemsKey: name,
  defaultPageSize: 500,
  maxPageSize: 500,
  wrap: { kind: `compute#${name.replace(/s$/, '')}AggregatedList` },
  handler: (ctx) => byScope(ctx.section(name), scope, (x) => view(ctx.project.projectId, x)),
});

export const compute: GcpSimService = {
  api: 'compute',
  routes: [
    {
      method: 'GET',
      path: 'compute/v1/projects/{project}',
      operation: 'compute.projects.get',
      kind: 'get',
      handler: (ctx) => {
        const p = ctx.project;
        const items = ctx.section<{ key: string; value: string }>('projectMetadata');
        return common(p.projectId, 'compute#project', '', {
          id: numericId(p.projectId, 'project'),
          name: p.projectId,
          selfLink: `${BASE}/projects/${p.projectId}`,
          commonInstanceMetadata: { kind: 'compute#metadata', fingerprint: 'pRoJeCtMeTa=', ...(items.length ? { items } : {}) },
          defaultServiceAccount: `${p.projectNumber}-compute@developer.gserviceaccount.com`,
          xpnProjectStatus: 'UNSPECIFIED_XPN_PROJECT_STATUS',
          defaultNetworkTier: 'PREMIUM',
          vmDnsSetting: 'ZONAL_ONLY',
        });
      },
    },
    list('firewalls', 'firewalls', firewallView),
    list('networks', 'networks', networkView),
    aggregated('subnetworks', 'regions', subnetView),
    aggregated('instances', 'zones', instanceView),
    aggregated('disks', 'zones', diskView),
  ],
  generate: (project: GcpProjectEstate, count: number, rand: () => number, regions: string[]) => generateCompute(project, count, rand, regions),
};
