/** Network security groups, each with the NSG flow logs that target it (joined from the network watchers). */
import { NetworkManagementClient } from '@azure/arm-network';
import type { AzureCollector } from '../../collector.js';
import { regionOf, sameId } from '../../arm-ids.js';
import { listFlowLogs } from './flow-log-index.js';

export const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups';

export const securityGroupsCollector: AzureCollector = {
  id: 'azure.network.security-groups',
  service: 'network',
  types: [NSG_TYPE],
  permissions: ['Microsoft.Network/networkSecurityGroups/read', 'Microsoft.Network/networkWatchers/read', 'Microsoft.Network/networkWatchers/flowLogs/read'],
  async *collect(ctx) {
    const network = ctx.client(NetworkManagementClient);
    const flow = await listFlowLogs(ctx);
    for await (const nsg of ctx.list('network', 'networkSecurityGroups.listAll', (token) => network.networkSecurityGroups.listAll().byPage({ continuationToken: token }))) {
      const a = ctx.asset({ id: nsg.id ?? '', type: NSG_TYPE, kind: 'network.firewall-rule', name: nsg.name ?? '', region: regionOf(nsg.location), tags: nsg.tags });
      ctx.aspect(a, 'nsg', { ok: true, value: nsg });
      if (flow.ok) ctx.aspect(a, 'flowLogs', { ok: true, value: flow.flowLogs.filter((f) => sameId(f.flowLog.targetResourceId, nsg.id)).map((f) => f.flowLog) });
      else ctx.aspect(a, 'flowLogs', { ok: false, error: flow.error });
      ctx.progress(1);
      yield a;
    }
  },
};
