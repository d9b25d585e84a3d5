/**
 * Kubernetes Engine API v1 (`/container/`): projects.locations.clusters.list.
 *
 * Estate section `clusters`: Cluster as the API returns it (`name`, `location` (a region or a zone),
 * `privateClusterConfig`, `masterAuthorizedNetworksConfig`, `legacyAbac`, `networkPolicy`, `loggingService`,
 * `databaseEncryption`, `shieldedNodes`, `workloadIdentityConfig`, `releaseChannel` ...); `zone` and
 * `selfLink` are filled in. The listing is not paged: `{ clusters, missingZones }`; location `-` means all.
 * Section `unreachableZones` (strings) simulates a zone outage: those zones' clusters are left out and the
 * zones are named in `missingZones`, as the API does when it cannot reach them.
 */
import type { GcpProjectEstate } from '../estate.js';
import type { GcpSimService } from '../service.js';

export const container: GcpSimService = {
  api: 'container',
  routes: [
    {
      method: 'GET',
      path: 'v1/projects/{project}/locations/{location}/clusters',
      operation: 'container.projects.locations.clusters.list',
      permission: 'container.clusters.list',
      kind: 'get',
      handler: (ctx) => {
        const { location } = ctx.params;
        const missingZones = ctx.section<string>('unreachableZones').filter((z) => location === '-' || z.startsWith(location ?? ''));
        const clusters = ctx
          .section('clusters')
          .filter((c) => location === '-' || c.location === location)
          .filter((c) => !missingZones.includes(c.location))
          .map((c) => ({
            zone: c.location,
            selfLink: `https://container.googleapis.com/v1/projects/${ctx.project.projectId}/locations/${c.location}/clusters/${c.name}`,
            status: 'RUNNING',
            ...c,
          }));
        // The API omits empty repeated fields.
        return { ...(clusters.length ? { clusters } : {}), ...(missingZones.length ? { missingZones } : {}) };
      },
    },
  ],
  /** Regional clusters, most hardened, some with the usual defaults left open. */
  generate(project: GcpProjectEstate, count: number, rand: () => number, regions: string[]): number {
    const list = (project.resources.clusters ??= []);
    for (let n = 0; n < count; n++) {
      const location = regions[n % regions.length] ?? 'us-central1';
      const hardened = rand() < 0.7;
      list.push({
        name: `gke-${n}`,
        location,
        currentMasterVersion: '1.30.5-gke.1014001',
        createTime: '2025-04-01T10:00:00+00:00',
        endpoint: `34.${n % 250}.10.20`,
        network: 'default',
        loggingService: 'logging.googleapis.com/kubernetes',
        monitoringService: 'monitoring.googleapis.com/kubernetes',
        privateClusterConfig: hardened ? { enablePrivateNodes: true, enablePrivateEndpoint: true, masterIpv4CidrBlock: '172.16.0.0/28', privateEndpoint: '172.16.0.2' } : undefined,
        masterAuthorizedNetworksConfig: hardened ? { enabled: true, cidrBlocks: [{ displayName: 'corp', cidrBlock: '10.0.0.0/8' }] } : undefined,
        legacyAbac: hardened ? undefined : { enabled: true },
        networkPolicy: hardened ? { provider: 'CALICO', enabled: true } : undefined,
        databaseEncryption: hardened ? { state: 'ENCRYPTED', keyName: `projects/${project.projectId}/locations/${location}/keyRings/gke/cryptoKeys/etcd` } : { state: 'DECRYPTED' },
        shieldedNodes: { enabled: hardened },
        workloadIdentityConfig: hardened ? { workloadPool: `${project.projectId}.svc.id.goog` } : undefined,
        releaseChannel: { channel: 'REGULAR' },
      });
    }
    // `undefined` members would not survive YAML/JSON: drop them.
    for (const c of list) for (const k of Object.keys(c)) if (c[k] === undefined) delete c[k];
    return count;
  },
};
