import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { COSMOS_ACCOUNT, databaseAccountsCollector } from './database-accounts.js';

describe('azure.cosmosdb.database-accounts on the demo estate', () => {
  it('collects accounts with network exposure and local auth', async () => {
    const out = await collectAzure(await demoEstate(), databaseAccountsCollector);
    expect(out.errors).toEqual([]);
    const dev = byName(out.assets, COSMOS_ACCOUNT, 'cosmos-parapet-dev');
    expect(dev).toMatchObject({ account: DEMO_DEV, region: 'eastus', kind: 'database.instance' });
    expect(dev.config.account).toMatchObject({ publicNetworkAccess: 'Enabled', ipRules: [], isVirtualNetworkFilterEnabled: false, disableLocalAuth: false });
    const prod = byName(out.assets, COSMOS_ACCOUNT, 'cosmos-parapet-prod');
    expect(prod.account).toBe(DEMO_PROD);
    expect(prod.config.account).toMatchObject({ ipRules: [{ ipAddressOrRange: '203.0.113.0/24' }], isVirtualNetworkFilterEnabled: true, disableLocalAuth: true, keyVaultKeyUri: expect.stringContaining('cosmos-cmk') });
  });

  it('a denied listing makes coverage incomplete', async () => {
    const out = await collectAzure(await demoEstate(), databaseAccountsCollector, { subscription: DEMO_PROD, faults: [{ effect: 'deny', service: 'cosmosdb', operation: 'Microsoft.DocumentDB/databaseAccounts.list' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toMatchObject([{ provider: 'azure', account: DEMO_PROD, region: 'global', service: 'cosmosdb', operation: 'databaseAccounts.list', code: 'AuthorizationFailed' }]);
    expect(out.coverage).toMatchObject([{ ok: false }]);
  });
});
