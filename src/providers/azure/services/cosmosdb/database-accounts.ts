import { CosmosDBManagementClient } from '@azure/arm-cosmosdb';
import { regionOf } from '../../arm-ids.js';
import type { AzureCollector } from '../../collector.js';

export const COSMOS_ACCOUNT = 'Microsoft.DocumentDB/databaseAccounts';

/**
 * Cosmos DB accounts from `databaseAccounts.list`: network exposure (publicNetworkAccess, ipRules, virtual
 * network filter), local (key) authentication and the customer-managed key are all on the account model.
 * Keys (`listKeys`, a POST) are never read.
 */
export const databaseAccountsCollector: AzureCollector = {
  id: 'azure.cosmosdb.database-accounts',
  service: 'cosmosdb',
  types: [COSMOS_ACCOUNT],
  permissions: ['Microsoft.DocumentDB/databaseAccounts/read'],
  async *collect(ctx) {
    const cosmos = ctx.client(CosmosDBManagementClient);
    for await (const a of ctx.list('cosmosdb', 'databaseAccounts.list', (token) => cosmos.databaseAccounts.list().byPage({ continuationToken: token }))) {
      if (!a.id || !a.name) continue;
      const asset = ctx.asset({ id: a.id, type: COSMOS_ACCOUNT, kind: 'database.instance', name: a.name, region: regionOf(a.location), tags: a.tags });
      ctx.aspect(asset, 'account', { ok: true, value: a });
      ctx.progress(1);
      yield asset;
    }
  },
};
