import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import type { GcpCollector } from '../../collector.js';
import { aggregatedItems, computeName, lastSegment, regionOfZone } from './resource-names.js';

export const DISK_TYPE = 'compute.googleapis.com/Disk';

/** Persistent disks of every zone (disks.aggregatedList): customer-managed keys in `diskEncryptionKey`, `users`. */
export const disksCollector: GcpCollector = {
  id: 'gcp.compute.disks',
  service: 'compute',
  types: [DISK_TYPE],
  permissions: ['compute.disks.list'],
  async *collect(ctx) {
    const compute = ctx.api('compute');
    const pages = ctx.list(
      'compute',
      'compute.disks.aggregatedList',
      async (pageToken) => (await compute.disks.aggregatedList({ project: ctx.projectId, pageToken, maxResults: 500 })).data,
      (page: compute_v1.Schema$DiskAggregatedList) => aggregatedItems<compute_v1.Schema$Disk>(page, 'disks'),
      (page) => page.nextPageToken,
    );
    for await (const { scope, item: d } of pages) {
      if (!d.name) continue;
      const zone = lastSegment(d.zone) || lastSegment(scope);
      const asset = ctx.asset({ id: computeName(ctx.projectId, `zones/${zone}/disks/${d.name}`), type: DISK_TYPE, kind: 'storage.volume', name: d.name, region: regionOfZone(zone), tags: d.labels ?? {} });
      ctx.aspect(asset, 'disk', { ok: true, value: d });
      ctx.progress(1);
      yield asset;
    }
  },
};
