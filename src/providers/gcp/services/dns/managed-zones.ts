import type { dns_v1 } from 'googleapis/build/src/apis/dns/v1.js';
import type { GcpCollector } from '../../collector.js';

export const MANAGED_ZONE_TYPE = 'dns.googleapis.com/ManagedZone';

/** Cloud DNS managed zones from managedZones.list (`zone`: visibility, dnssecConfig with its key specs). */
export const managedZonesCollector: GcpCollector = {
  id: 'gcp.dns.managed-zones',
  service: 'dns',
  types: [MANAGED_ZONE_TYPE],
  permissions: ['dns.managedZones.list'],
  async *collect(ctx) {
    const dns = ctx.api('dns');
    const listed = ctx.list<dns_v1.Schema$ManagedZonesListResponse, dns_v1.Schema$ManagedZone>(
      'dns',
      'dns.managedZones.list',
      async (pageToken) => (await dns.managedZones.list({ project: ctx.projectId, maxResults: 1000, pageToken })).data,
      (p) => p.managedZones,
      (p) => p.nextPageToken,
    );
    for await (const zone of listed) {
      if (!zone.name) continue;
      const asset = ctx.asset({
        id: `//dns.googleapis.com/projects/${ctx.projectId}/managedZones/${zone.name}`,
        type: MANAGED_ZONE_TYPE,
        kind: 'network.dns-zone',
        name: zone.name,
        tags: zone.labels ?? {},
      });
      ctx.aspect(asset, 'zone', { ok: true, value: zone });
      ctx.progress(1);
      yield asset;
    }
  },
};
