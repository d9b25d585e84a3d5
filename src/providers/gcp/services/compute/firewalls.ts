import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import type { GcpCollector } from '../../collector.js';
import { computeName } from './resource-names.js';

export const FIREWALL_TYPE = 'compute.googleapis.com/Firewall';

/** VPC firewall rules (firewalls.list): direction, priority, sourceRanges, allowed/denied, disabled, logConfig. */
export const firewallsCollector: GcpCollector = {
  id: 'gcp.compute.firewalls',
  service: 'compute',
  types: [FIREWALL_TYPE],
  permissions: ['compute.firewalls.list'],
  async *collect(ctx) {
    const compute = ctx.api('compute');
    const rules = ctx.list(
      'compute',
      'compute.firewalls.list',
      async (pageToken) => (await compute.firewalls.list({ project: ctx.projectId, pageToken, maxResults: 500 })).data,
      (page: compute_v1.Schema$FirewallList) => page.items,
      (page) => page.nextPageToken,
    );
    for await (const f of rules) {
      if (!f.name) continue;
      const asset = ctx.asset({ id: computeName(ctx.projectId, `global/firewalls/${f.name}`), type: FIREWALL_TYPE, kind: 'network.firewall-rule', name: f.name, region: 'global' });
      ctx.aspect(asset, 'firewall', { ok: true, value: f });
      ctx.progress(1);
      yield asset;
    }
  },
};
