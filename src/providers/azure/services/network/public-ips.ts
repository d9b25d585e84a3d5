/** Public IP addresses of the subscription. */
import { NetworkManagementClient } from '@azure/arm-network';
import type { AzureCollector } from '../../collector.js';
import { regionOf } from '../../arm-ids.js';

export const PUBLIC_IP_TYPE = 'Microsoft.Network/publicIPAddresses';

export const publicIpsCollector: AzureCollector = {
  id: 'azure.network.public-ips',
  service: 'network',
  types: [PUBLIC_IP_TYPE],
  permissions: ['Microsoft.Network/publicIPAddresses/read'],
  async *collect(ctx) {
    const network = ctx.client(NetworkManagementClient);
    for await (const ip of ctx.list('network', 'publicIPAddresses.listAll', (token) => network.publicIPAddresses.listAll().byPage({ continuationToken: token }))) {
      const a = ctx.asset({ id: ip.id ?? '', type: PUBLIC_IP_TYPE, kind: 'network.public-ip', name: ip.name ?? '', region: regionOf(ip.location), tags: ip.tags });
      ctx.aspect(a, 'publicIp', { ok: true, value: ip });
      ctx.progress(1);
      yield a;
    }
  },
};
