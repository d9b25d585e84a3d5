import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import type { GcpCollector } from '../../collector.js';
import { computeName } from './resource-names.js';

export const NETWORK_TYPE = 'compute.googleapis.com/Network';

/** VPC networks (networks.list): the `default` auto-mode network is what CIS asks to remove. */
export const networksCollector: GcpCollector = {
  id: 'gcp.compute.networks',
  service: 'compute',
  types: [NETWORK_TYPE],
  permissions: ['compute.networks.list'],
  async *collect(ctx) {
    const compute = ctx.api('compute');
    const networks = ctx.list(
      'compute',
      'compute.networks.list',
      async (pageToken) => (await compute.networks.list({ project: ctx.projectId, pageToken, maxResults: 500 })).data,
      (page: compute_v1.Schema$NetworkList) => page.items,
      (page) => page.nextPageToken,
    );
    for await (const n of networks) {
      if (!n.name) continue;
      const asset = ctx.asset({ id: computeName(ctx.projectId, `global/networks/${n.name}`), type: NETWORK_TYPE, kind: 'network.vpc', name: n.name, region: 'global' });
      ctx.aspect(asset, 'network', { ok: true, value: n });
      ctx.progress(1);
      yield asset;
    }
  },
};
