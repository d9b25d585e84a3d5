import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, demoEstate } from '../../../../../test/support/azure.js';
import { MYSQL_SERVER, mysqlFlexibleServersCollector } from './flexible-servers.js';

const param = (configs: unknown, name: string) => (configs as Array<{ name: string; value: string }>).find((c) => c.name === name)?.value;

describe('azure.mysql.flexible-servers on the demo estate', () => {
  it('collects servers with tls_version and the other parameters, and firewall rules', async () => {
    const out = await collectAzure(await demoEstate(), mysqlFlexibleServersCollector);
    expect(out.errors).toEqual([]);
    const legacy = byName(out.assets, MYSQL_SERVER, 'mysql-parapet-legacy');
    expect(legacy).toMatchObject({ account: DEMO_DEV, region: 'eastus', kind: 'database.instance' });
    expect(legacy.config.server).toMatchObject({ version: '5.7', fullyQualifiedDomainName: 'mysql-parapet-legacy.mysql.database.azure.com' });
    expect(param(legacy.config.configurations, 'tls_version')).toBe('TLSv1,TLSv1.1,TLSv1.2');
    expect(legacy.config.firewallRules).toMatchObject([{ startIpAddress: '198.51.100.10' }]);
    const secure = byName(out.assets, MYSQL_SERVER, 'mysql-parapet-secure');
    expect(param(secure.config.configurations, 'tls_version')).toBe('TLSv1.2');
    expect(param(secure.config.configurations, 'require_secure_transport')).toBe('ON');
  });

  it('a denied firewall-rule listing is a gap; a denied server listing makes coverage incomplete', async () => {
    const gap = await collectAzure(await demoEstate(), mysqlFlexibleServersCollector, { subscription: DEMO_DEV, faults: [{ effect: 'deny', service: 'mysql', operation: 'Microsoft.DBforMySQL/flexibleServers/firewallRules.listByServer' }] });
    expect(byName(gap.assets, MYSQL_SERVER, 'mysql-parapet-legacy').gaps.firewallRules).toMatchObject({ provider: 'azure', account: DEMO_DEV, region: 'eastus', service: 'mysql', operation: 'firewallRules.listByServer', code: 'AuthorizationFailed' });
    const denied = await collectAzure(await demoEstate(), mysqlFlexibleServersCollector, { subscription: DEMO_DEV, faults: [{ effect: 'deny', service: 'mysql', operation: 'Microsoft.DBforMySQL/flexibleServers.list' }] });
    expect(denied.assets).toEqual([]);
    expect(denied.coverage).toMatchObject([{ collector: 'azure.mysql.flexible-servers', ok: false }]);
  });
});
