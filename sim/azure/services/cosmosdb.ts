/**
 * Azure Cosmos DB accounts (Microsoft.DocumentDB/databaseAccounts), as `@azure/arm-cosmosdb` lists them.
 *
 * Estate section `cosmosDbAccounts`: account records in ARM wire JSON (`kind`, `properties` nested:
 * publicNetworkAccess, ipRules [{ipAddressOrRange}], isVirtualNetworkFilterEnabled, virtualNetworkRules,
 * disableLocalAuth, keyVaultKeyUri, minimalTlsVersion ...). Unset settings as ARM reports a new account:
 * public network access from all networks, key auth allowed, service-managed keys.
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import type { AzureSimService } from '../service.js';
import { findRecord, inScope, nameOf, pick, wire, type ArmRecord } from './arm-resources.js';

const TYPE = 'Microsoft.DocumentDB/databaseAccounts';


function accountWire(a: ArmRecord): Record<string, unknown> {
  const name = nameOf(a);
  const location = a.location ?? 'westeurope';
  const region = location === 'westeurope' ? 'West Europe' : location === 'eastus' ? 'East US' : location;
  return {
    ...wire(a, TYPE),
    kind: a.kind ?? 'GlobalDocumentDB',
    properties: {
      provisioningState: 'Succeeded',
      documentEndpoint: `https://${name}.documents.azure.com:443/`,
      databaseAccountOfferType: 'Standard',
      consistencyPolicy: { defaultConsistencyLevel: 'Session', maxIntervalInSeconds: 5, maxStalenessPrefix: 100 },
      locations: [{ id: `${name}-${location}`, locationName: region, documentEndpoint: `https://${name}-${location}.documents.azure.com:443/`, failoverPriority: 0, isZoneRedundant: false }],
      ipRules: [],
      isVirtualNetworkFilterEnabled: false,
      virtualNetworkRules: [],
      publicNetworkAccess: 'Enabled',
      disableLocalAuth: false,
      disableKeyBasedMetadataWriteAccess: false,
      enableAutomaticFailover: false,
      minimalTlsVersion: 'Tls12',
      networkAclBypass: 'None',
      ...a.properties,
    },
  };
}

export const cosmosDbService: AzureSimService = {
  name: 'cosmosdb',
  // Account listings are not paged (the REST spec's list result has no nextLink): one `{ value }` body.
  routes: [
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.DocumentDB/databaseAccounts', operation: 'Microsoft.DocumentDB/databaseAccounts.list', kind: 'get', handler: (ctx) => ({ value: inScope(ctx, 'cosmosDbAccounts', TYPE).map(accountWire) }) },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts', operation: 'Microsoft.DocumentDB/databaseAccounts.listByResourceGroup', kind: 'get', handler: (ctx) => ({ value: inScope(ctx, 'cosmosDbAccounts', TYPE).map(accountWire) }) },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.DocumentDB/databaseAccounts/{accountName}', operation: 'Microsoft.DocumentDB/databaseAccounts.get', kind: 'get', handler: (ctx) => accountWire(findRecord(ctx, 'cosmosDbAccounts', 'accountName', TYPE)) },
  ],
  generate: (sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number => {
    const list: ArmRecord[] = (sub.resources.cosmosDbAccounts ??= []);
    for (let i = 0; i < count; i++) {
      const open = rand() < 0.4;
      list.push({
        id: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-bench-cosmos-${i % 10}/providers/${TYPE}/cosmos-bench-${sub.subscriptionId.slice(0, 6)}-${i}`,
        location: pick(rand, locations),
        properties: open ? {} : { ipRules: [{ ipAddressOrRange: '203.0.113.10' }], isVirtualNetworkFilterEnabled: true, disableLocalAuth: rand() < 0.5 },
      });
    }
    return count;
  },
};
