import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { POSTGRESQL_SERVER, postgresqlFlexibleServersCollector } from './flexible-servers.js';

const param = (configs: unknown, name: string) => (configs as Array<{ name: string; value: string }>).find((c) => c.name === name)?.value;

describe('azure.postgresql.flexible-servers on the demo estate', () => {
  it('collects servers with their parameters (name and value) and firewall rules', async () => {
    const out = await collectAzure(await demoEstate(), postgresqlFlexibleServersCollector);
    expect(out.errors).toEqual([]);
    const legacy = byName(out.assets, POSTGRESQL_SERVER, 'psql-parapet-legacy');
    expect(legacy).toMatchObject({ account: DEMO_DEV, region: 'eastus', kind: 'database.instance' });
    expect(legacy.config.server).toMatchObject({ version: '13', network: { publicNetworkAccess: 'Enabled' }, sku: { tier: 'Burstable' } });
    expect(param(legacy.config.configurations, 'require_secure_transport')).toBe('off');
    expect(param(legacy.config.configurations, 'log_checkpoints')).toBe('off');
    expect((legacy.config.configurations as object[])[0]).toEqual({ name: expect.any(String), value: expect.any(String) });
    expect(legacy.config.firewallRules).toMatchObject([{ name: 'AllowAllIps', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }]);
    const secure = byName(out.assets, POSTGRESQL_SERVER, 'psql-parapet-secure');
    expect(secure.account).toBe(DEMO_PROD);
    expect(secure.config.server).toMatchObject({ network: { publicNetworkAccess: 'Disabled' } });
    expect(param(secure.config.configurations, 'require_secure_transport')).toBe('on');
    expect(param(secure.config.configurations, 'log_checkpoints')).toBe('on');
    expect(secure.config.firewallRules).toEqual([]);
  });

  it('a denied parameter listing is a gap, with an error naming the call', async () => {
    const out = await collectAzure(await demoEstate(), postgresqlFlexibleServersCollector, { subscription: DEMO_DEV, faults: [{ effect: 'deny', service: 'postgresql', operation: 'Microsoft.DBforPostgreSQL/flexibleServers/configurations.listByServer' }] });
    const legacy = byName(out.assets, POSTGRESQL_SERVER, 'psql-parapet-legacy');
    expect(legacy.config.configurations).toBeUndefined();
    expect(legacy.gaps.configurations).toMatchObject({ provider: 'azure', account: DEMO_DEV, region: 'eastus', service: 'postgresql', operation: 'configurations.listByServer', code: 'AuthorizationFailed' });
    expect(legacy.config.firewallRules).toHaveLength(1);
  });

  it('a denied server listing makes coverage incomplete', async () => {
    const out = await collectAzure(await demoEstate(), postgresqlFlexibleServersCollector, { subscription: DEMO_DEV, faults: [{ effect: 'deny', service: 'postgresql', operation: 'Microsoft.DBforPostgreSQL/flexibleServers.listBySubscription' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toMatchObject([{ service: 'postgresql', operation: 'servers.listBySubscription', code: 'AuthorizationFailed' }]);
    expect(out.coverage).toMatchObject([{ collector: 'azure.postgresql.flexible-servers', ok: false }]);
  });
});
