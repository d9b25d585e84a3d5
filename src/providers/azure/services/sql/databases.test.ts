import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { SQL_DATABASE, sqlDatabasesCollector } from './databases.js';

describe('azure.sql.databases on the demo estate', () => {
  it('collects user databases (not master) with TDE and auditing', async () => {
    const out = await collectAzure(await demoEstate(), sqlDatabasesCollector, { subscription: DEMO_PROD });
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['sql-parapet-legacy/orders-archive', 'sql-parapet-secure/orders']);
    const archive = byName(out.assets, SQL_DATABASE, 'sql-parapet-legacy/orders-archive');
    expect(archive).toMatchObject({ kind: 'database.database', region: 'westeurope', id: `/subscriptions/${DEMO_PROD}/resourceGroups/rg-demo-data/providers/Microsoft.Sql/servers/sql-parapet-legacy/databases/orders-archive` });
    expect(archive.config.database).toMatchObject({ name: 'orders-archive', sku: { name: 'S1' }, creationDate: '2019-05-02T09:00:00.000Z' });
    expect(archive.config.tde).toMatchObject({ state: 'Disabled' });
    expect(archive.config.auditing).toMatchObject({ state: 'Disabled' });
    const orders = byName(out.assets, SQL_DATABASE, 'sql-parapet-secure/orders');
    expect(orders.config.tde).toMatchObject({ state: 'Enabled' });
    expect(orders.config.auditing).toMatchObject({ state: 'Enabled', retentionDays: 90 });
  });

  it('a denied TDE read is a gap on that database only', async () => {
    const out = await collectAzure(await demoEstate(), sqlDatabasesCollector, { subscription: DEMO_PROD, faults: [{ effect: 'deny', service: 'sql', operation: 'Microsoft.Sql/servers/databases/transparentDataEncryption.get', resource: 'orders' }] });
    const orders = byName(out.assets, SQL_DATABASE, 'sql-parapet-secure/orders');
    expect(orders.config.tde).toBeUndefined();
    expect(orders.gaps.tde).toMatchObject({ provider: 'azure', account: DEMO_PROD, region: 'westeurope', service: 'sql', operation: 'transparentDataEncryptions.get', code: 'AuthorizationFailed' });
    expect(byName(out.assets, SQL_DATABASE, 'sql-parapet-legacy/orders-archive').config.tde).toMatchObject({ state: 'Disabled' });
  });

  it("one server's denied database listing keeps the other server's databases and makes coverage incomplete", async () => {
    const out = await collectAzure(await demoEstate(), sqlDatabasesCollector, { subscription: DEMO_PROD, faults: [{ effect: 'deny', service: 'sql', operation: 'Microsoft.Sql/servers/databases.listByServer', resource: 'sql-parapet-legacy' }] });
    expect(out.assets.map((a) => a.name)).toEqual(['sql-parapet-secure/orders']);
    expect(out.errors).toMatchObject([{ service: 'sql', operation: 'databases.listByServer', code: 'AuthorizationFailed', region: 'westeurope' }]);
    expect(out.coverage).toMatchObject([{ collector: 'azure.sql.databases', ok: false }]);
  });
});
