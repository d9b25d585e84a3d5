import { ContainerServiceClient } from '@azure/arm-containerservice';
import { regionOf } from '../../arm-ids.js';
import type { AzureCollector } from '../../collector.js';

export const MANAGED_CLUSTER = 'Microsoft.ContainerService/managedClusters';

/**
 * AKS clusters from `managedClusters.list`. The ManagedCluster model carries what the rules read (API
 * server access profile, RBAC, Entra integration, network policy, add-ons, security profile, local
 * accounts), so there is no per-cluster call. Credentials (`listClusterAdminCredentials`) are never read.
 */
export const managedClustersCollector: AzureCollector = {
  id: 'azure.containerservice.managed-clusters',
  service: 'containerservice',
  types: [MANAGED_CLUSTER],
  permissions: ['Microsoft.ContainerService/managedClusters/read'],
  async *collect(ctx) {
    const aks = ctx.client(ContainerServiceClient);
    for await (const c of ctx.list('containerservice', 'managedClusters.list', (token) => aks.managedClusters.list().byPage({ continuationToken: token }))) {
      if (!c.id || !c.name) continue;
      const asset = ctx.asset({ id: c.id, type: MANAGED_CLUSTER, kind: 'container.cluster', name: c.name, region: regionOf(c.location), tags: c.tags });
      ctx.aspect(asset, 'cluster', { ok: true, value: c });
      ctx.progress(1);
      yield asset;
    }
  },
};
