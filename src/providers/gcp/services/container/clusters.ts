import type { container_v1 } from 'googleapis/build/src/apis/container/v1.js';
import { ListingFailed, type GcpCollector } from '../../collector.js';

export const CLUSTER_TYPE = 'container.googleapis.com/Cluster';

/** The region of a cluster's location: a zone (`europe-west1-b`) belongs to its region, a region is itself. */
export const regionOfLocation = (location: string): string => (/-[a-z]$/.test(location) ? location.slice(0, -2) : location);

/**
 * GKE clusters of every location from projects.locations.clusters.list(`-`) (`cluster`). The listing
 * is one unpaged call; when it fails, or when the API names zones it could not reach (`missingZones`),
 * coverage is incomplete (ListingFailed) — after the clusters it did return are yielded.
 */
export const clustersCollector: GcpCollector = {
  id: 'gcp.container.clusters',
  service: 'container',
  types: [CLUSTER_TYPE],
  permissions: ['container.clusters.list'],
  async *collect(ctx) {
    const gke = ctx.api('container');
    const listed = await ctx.call<container_v1.Schema$ListClustersResponse>(
      'container',
      'container.projects.locations.clusters.list',
      async () => (await gke.projects.locations.clusters.list({ parent: `projects/${ctx.projectId}/locations/-` })).data,
    );
    if (!listed.ok) throw new ListingFailed(listed.error);
    for (const c of listed.value?.clusters ?? []) {
      if (!c.name || !c.location) continue;
      const asset = ctx.asset({
        id: `//container.googleapis.com/projects/${ctx.projectId}/locations/${c.location}/clusters/${c.name}`,
        type: CLUSTER_TYPE,
        kind: 'container.cluster',
        name: c.name,
        region: regionOfLocation(c.location),
        tags: c.resourceLabels ?? {},
      });
      ctx.aspect(asset, 'cluster', { ok: true, value: c });
      ctx.progress(1);
      yield asset;
    }
    const missing = listed.value?.missingZones ?? [];
    if (missing.length) {
      throw new ListingFailed({
        provider: 'gcp',
        account: ctx.projectId,
        region: 'global',
        service: 'container',
        operation: 'container.projects.locations.clusters.list',
        code: 'MissingZones',
        message: `clusters in ${missing.join(', ')} could not be listed (the API reported these zones as missing)`,
      });
    }
  },
};
