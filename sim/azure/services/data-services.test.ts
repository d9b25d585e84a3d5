import { describe, expect, it } from 'vitest';
import { azureCollectors } from '../../../src/providers/azure/services/index.js';
import { scanAzureWith } from '../../../test/support/azure.js';
import { generateAzureEstate } from '../generate.js';
import { startAzureSimulator } from '../server.js';
import { authorizationService } from './authorization.js';
import { aksService } from './containerservice.js';
import { cosmosDbService } from './cosmosdb.js';
import { keyVaultService } from './keyvault.js';
import { monitorService } from './monitor.js';
import { mysqlService } from './mysql.js';
import { postgresqlService } from './postgresql.js';
import { securityService } from './security.js';
import { sqlService } from './sql.js';
import { webService } from './web.js';

const services = [sqlService, postgresqlService, mysqlService, keyVaultService, authorizationService, monitorService, securityService, aksService, webService, cosmosDbService];

describe('benchmark generators of the data, identity and platform services', () => {
  it('a complete scan of a generated estate finds every expected asset, across several pages', async () => {
    const { estate, expectedAssets } = generateAzureEstate({ subscriptions: 2, resources: 1300, seed: 5, services });
    // Small pages, so that every paged listing takes several; unpaged ones (Cosmos DB, pricings) must not.
    const sim = await startAzureSimulator({ estate, pageSize: 20 });
    try {
      const out = await scanAzureWith(sim, azureCollectors.filter((c) => services.some((s) => s.name === c.service)));
      expect(out.errors).toEqual([]);
      expect(out.coverage.every((c) => c.ok)).toBe(true);
      expect(out.assets.length + out.subscriptions.length).toBe(expectedAssets);
      // A realistic mix: some of each mistake.
      const open = out.assets.filter((a) => a.type === 'Microsoft.Sql/servers' && (a.config.firewallRules as unknown[]).length > 0);
      expect(open.length).toBeGreaterThan(0);
      expect(open.length).toBeLessThan(out.assets.filter((a) => a.type === 'Microsoft.Sql/servers').length);
      const listed = sim.stats().byOperation;
      expect(listed['Microsoft.Web/sites.list']).toBeGreaterThan(2);
    } finally {
      await sim.close();
    }
  }, 120_000);

  it('generation is deterministic for a seed', () => {
    const a = generateAzureEstate({ subscriptions: 2, resources: 300, seed: 9, services });
    expect(generateAzureEstate({ subscriptions: 2, resources: 300, seed: 9, services })).toEqual(a);
  });
});
