import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { MANAGED_CLUSTER, managedClustersCollector } from './managed-clusters.js';

describe('azure.containerservice.managed-clusters on the demo estate', () => {
  it('collects clusters with API server access, RBAC and network policy', async () => {
    const out = await collectAzure(await demoEstate(), managedClustersCollector);
    expect(out.errors).toEqual([]);
    const dev = byName(out.assets, MANAGED_CLUSTER, 'aks-parapet-dev');
    expect(dev).toMatchObject({ account: DEMO_DEV, region: 'eastus', kind: 'container.cluster', id: `/subscriptions/${DEMO_DEV}/resourceGroups/rg-demo-dev-aks/providers/Microsoft.ContainerService/managedClusters/aks-parapet-dev` });
    expect(dev.config.cluster).toMatchObject({ enableRbac: false, disableLocalAccounts: false, apiServerAccessProfile: { enablePrivateCluster: false }, networkProfile: { networkPlugin: 'kubenet' }, fqdn: expect.stringContaining('azmk8s.io') });
    const prod = byName(out.assets, MANAGED_CLUSTER, 'aks-parapet-prod');
    expect(prod.account).toBe(DEMO_PROD);
    expect(prod.config.cluster).toMatchObject({ enableRbac: true, aadProfile: { managed: true, enableAzureRbac: true }, apiServerAccessProfile: { enablePrivateCluster: true }, networkProfile: { networkPolicy: 'calico' } });
  });

  it('a denied listing makes coverage incomplete', async () => {
    const out = await collectAzure(await demoEstate(), managedClustersCollector, { subscription: DEMO_DEV, faults: [{ effect: 'deny', service: 'containerservice', operation: 'Microsoft.ContainerService/managedClusters.list' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toMatchObject([{ provider: 'azure', account: DEMO_DEV, region: 'global', service: 'containerservice', operation: 'managedClusters.list', code: 'AuthorizationFailed' }]);
    expect(out.coverage).toMatchObject([{ ok: false }]);
  });
});
