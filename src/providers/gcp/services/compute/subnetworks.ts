import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import type { GcpCollector } from '../../collector.js';
import { aggregatedItems, computeName, lastSegment } from './resource-names.js';

export const SUBNETWORK_TYPE = 'compute.googleapis.com/Subnetwork';

/** Subnets of every region (subnetworks.aggregatedList): flow logs in `logConfig`, Private Google Access. */
export const subnetworksCollector: GcpCollector = {
  id: 'gcp.compute.subnetworks',
  service: 'compute',
  types: [SUBNETWORK_TYPE],
  permissions: ['compute.subnetworks.list'],
  async *collect(ctx) {
    const compute = ctx.api('compute');
    const pages = ctx.list(
      'compute',
      'compute.subnetworks.aggregatedList',
      async (pageToken) => (await compute.subnetworks.aggregatedList({ project: ctx.projectId, pageToken, maxResults: 500 })).data,
      (page: compute_v1.Schema$SubnetworkAggregatedList) => aggregatedItems<compute_v1.Schema$Subnetwork>(page, 'subnetworks'),
      (page) => page.nextPageToken,
    );
    for await (const { scope, item: s } of pages) {
      if (!s.name) continue;
      const region = lastSegment(s.region) || lastSegment(scope);
      const asset = ctx.asset({ id: computeName(ctx.projectId, `regions/${region}/subnetworks/${s.name}`), type: SUBNETWORK_TYPE, kind: 'network.subnet', name: s.name, region });
      ctx.aspect(asset, 'subnetwork', { ok: true, value: s });
      ctx.progress(1);
      yield asset;
    }
  },
};
