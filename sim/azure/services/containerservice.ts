/**
 * Azure Kubernetes Service (Microsoft.ContainerService/managedClusters), as `@azure/arm-containerservice`
 * lists them. ARM writes the type as `Microsoft.ContainerService/ManagedClusters`.
 *
 * Estate section `managedClusters`: cluster records in ARM wire JSON (`properties` nested: kubernetesVersion,
 * enableRBAC, aadProfile, apiServerAccessProfile, networkProfile, addonProfiles, securityProfile,
 * disableLocalAccounts ...). Unset: RBAC on, public API server, kubenet without network policy, one pool.
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import type { AzureSimService } from '../service.js';
import { findRecord, inScope, nameOf, pick, wire, type ArmRecord } from './arm-resources.js';

const TYPE = 'Microsoft.ContainerService/ManagedClusters';
/** As ids write it. */
const ID_TYPE = 'Microsoft.ContainerService/managedClusters';

function clusterWire(c: ArmRecord): Record<string, unknown> {
  const name = nameOf(c);
  const props = c.properties ?? {};
  const priv = props.apiServerAccessProfile?.enablePrivateCluster === true;
  const dnsPrefix = props.dnsPrefix ?? `${name}-dns`;
  const host = `${dnsPrefix}-1a2b3c4d.${priv ? 'privatelink.' : 'hcp.'}${c.location ?? 'westeurope'}.azmk8s.io`;
  return {
    ...wire(c, TYPE),
    sku: c.sku ?? { name: 'Base', tier: 'Free' },
    identity: c.identity ?? { type: 'SystemAssigned', principalId: '00000000-0000-4000-8000-0000000000c1', tenantId: '00000000-0000-4000-8000-0000000000c0' },
    properties: {
      provisioningState: 'Succeeded',
      powerState: { code: 'Running' },
      kubernetesVersion: '1.30.6',
      currentKubernetesVersion: props.kubernetesVersion ?? '1.30.6',
      dnsPrefix,
      ...(priv ? { privateFQDN: host } : { fqdn: host }),
      agentPoolProfiles: [{ name: 'system', count: 3, vmSize: 'Standard_D4s_v5', osType: 'Linux', mode: 'System', type: 'VirtualMachineScaleSets', orchestratorVersion: props.kubernetesVersion ?? '1.30.6' }],
      nodeResourceGroup: `MC_${name}_${c.location ?? 'westeurope'}`,
      enableRBAC: true,
      networkProfile: { networkPlugin: 'kubenet', loadBalancerSku: 'standard', outboundType: 'loadBalancer', podCidr: '10.244.0.0/16', serviceCidr: '10.0.0.0/16', dnsServiceIP: '10.0.0.10' },
      ...props,
    },
  };
}

export const aksService: AzureSimService = {
  name: 'containerservice',
  routes: [
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.ContainerService/managedClusters', operation: 'Microsoft.ContainerService/managedClusters.list', kind: 'list', handler: (ctx) => inScope(ctx, 'managedClusters', ID_TYPE).map(clusterWire) },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters', operation: 'Microsoft.ContainerService/managedClusters.listByResourceGroup', kind: 'list', handler: (ctx) => inScope(ctx, 'managedClusters', ID_TYPE).map(clusterWire) },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.ContainerService/managedClusters/{resourceName}', operation: 'Microsoft.ContainerService/managedClusters.get', kind: 'get', handler: (ctx) => clusterWire(findRecord(ctx, 'managedClusters', 'resourceName', ID_TYPE)) },
  ],
  generate: (sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number => {
    const list: ArmRecord[] = (sub.resources.managedClusters ??= []);
    for (let i = 0; i < count; i++) {
      const priv = rand() < 0.5;
      list.push({
        id: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-bench-aks-${i % 10}/providers/Microsoft.ContainerService/managedClusters/aks-bench-${i}`,
        location: pick(rand, locations),
        properties: {
          enableRBAC: rand() < 0.9,
          apiServerAccessProfile: priv ? { enablePrivateCluster: true } : { enablePrivateCluster: false, authorizedIPRanges: rand() < 0.5 ? ['203.0.113.0/24'] : [] },
          networkProfile: { networkPlugin: 'azure', networkPolicy: rand() < 0.6 ? 'calico' : undefined },
        },
      });
    }
    return count;
  },
};
