/**
 * Microsoft.Resources subscriptions (list, get, locations) and Microsoft.Management management group
 * descendants. Reads `azure.subscriptions` and `azure.managementGroups`; no resource sections.
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import { AzureSimError, type AzureSimService } from '../service.js';

/** Locations the simulator knows (name → display name), for `subscriptions/{id}/locations`. */
export const AZURE_LOCATIONS: Record<string, string> = {
  westeurope: 'West Europe',
  northeurope: 'North Europe',
  eastus: 'East US',
  eastus2: 'East US 2',
  westus2: 'West US 2',
  uksouth: 'UK South',
  germanywestcentral: 'Germany West Central',
  swedencentral: 'Sweden Central',
};

function subscriptionWire(s: AzureSubscriptionEstate, tenantId: string): Record<string, unknown> {
  return {
    id: `/subscriptions/${s.subscriptionId}`,
    authorizationSource: 'RoleBased',
    managedByTenants: [],
    subscriptionId: s.subscriptionId,
    tenantId,
    displayName: s.displayName,
    state: s.state ?? 'Enabled',
    subscriptionPolicies: { locationPlacementId: 'Public_2014-09-01', quotaId: 'PayAsYouGo_2014-09-01', spendingLimit: 'Off' },
  };
}

const MG = '/providers/Microsoft.Management/managementGroups';

export const subscriptionsService: AzureSimService = {
  name: 'subscriptions',
  routes: [
    {
      method: 'GET',
      path: '/subscriptions',
      operation: 'Microsoft.Resources/subscriptions.list',
      kind: 'list',
      handler: (ctx) => ctx.estate.subscriptions.map((s) => subscriptionWire(s, ctx.estate.tenantId)),
    },
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}',
      operation: 'Microsoft.Resources/subscriptions.get',
      kind: 'get',
      handler: (ctx) => subscriptionWire(ctx.subscription, ctx.estate.tenantId),
    },
    {
      method: 'GET',
      path: '/subscriptions/{subscriptionId}/locations',
      operation: 'Microsoft.Resources/subscriptions.listLocations',
      kind: 'list',
      pageSize: 1000,
      handler: (ctx) =>
        Object.entries(AZURE_LOCATIONS).map(([name, displayName]) => ({
          id: `/subscriptions/${ctx.subscription.subscriptionId}/locations/${name}`,
          name,
          type: 'Region',
          displayName,
          regionalDisplayName: displayName,
          metadata: { regionType: 'Physical', regionCategory: 'Recommended' },
        })),
    },
    {
      method: 'GET',
      path: '/providers/Microsoft.Management/managementGroups/{groupId}/descendants',
      operation: 'Microsoft.Management/managementGroups.getDescendants',
      action: 'Microsoft.Management/managementGroups/descendants/read',
      kind: 'list',
      handler: (ctx) => {
        const groups = ctx.estate.managementGroups ?? [];
        const root = groups.find((g) => g.id.toLowerCase() === (ctx.params.groupId ?? '').toLowerCase());
        if (!root) throw new AzureSimError('NotFound', `'${ctx.params.groupId ?? ''}' not found`, 404);
        const out: unknown[] = [];
        // Breadth-first, as ARM lists them: each group, then its subscriptions, then deeper groups.
        const queue = [root];
        while (queue.length) {
          const g = queue.shift()!;
          for (const id of g.subscriptions ?? []) {
            const s = ctx.estate.subscriptions.find((x) => x.subscriptionId === id);
            out.push({ id: `${MG}/${g.id}/subscriptions/${id}`, type: 'Microsoft.Management/managementGroups/subscriptions', name: id, properties: { displayName: s?.displayName ?? id, parent: { id: `${MG}/${g.id}` } } });
          }
          for (const child of groups.filter((c) => c.parent?.toLowerCase() === g.id.toLowerCase())) {
            out.push({ id: `${MG}/${child.id}`, type: 'Microsoft.Management/managementGroups', name: child.id, properties: { displayName: child.displayName ?? child.id, parent: { id: `${MG}/${g.id}` } } });
            queue.push(child);
          }
        }
        return out;
      },
    },
  ],
};
