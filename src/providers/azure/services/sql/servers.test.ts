import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { SQL_SERVER, sqlServersCollector } from './servers.js';

describe('azure.sql.servers on the demo estate', () => {
  it('collects servers with auditing, firewall rules, administrators and Defender settings', async () => {
    const out = await collectAzure(await demoEstate(), sqlServersCollector, { subscription: DEMO_PROD });
    expect(out.errors).toEqual([]);
    expect(out.coverage.every((c) => c.ok)).toBe(true);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['sql-parapet-legacy', 'sql-parapet-secure']);

    const legacy = byName(out.assets, SQL_SERVER, 'sql-parapet-legacy');
    expect(legacy).toMatchObject({ provider: 'azure', account: DEMO_PROD, region: 'westeurope', kind: 'database.instance', id: `/subscriptions/${DEMO_PROD}/resourceGroups/rg-demo-data/providers/Microsoft.Sql/servers/sql-parapet-legacy`, tags: { env: 'prod' } });
    expect(legacy.config.server).toMatchObject({ minimalTlsVersion: '1.0', publicNetworkAccess: 'Enabled', fullyQualifiedDomainName: 'sql-parapet-legacy.database.windows.net' });
    expect(legacy.config.firewallRules).toMatchObject([{ name: 'AllowAll', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }]);
    expect(legacy.config.auditing).toMatchObject({ state: 'Disabled' });
    expect(legacy.config.administrators).toEqual([]);
    expect(legacy.config.securityAlertPolicy).toMatchObject({ state: 'Disabled' });
    expect(legacy.config.encryptionProtector).toMatchObject({ serverKeyType: 'ServiceManaged' });

    const secure = byName(out.assets, SQL_SERVER, 'sql-parapet-secure');
    expect(secure.config.auditing).toMatchObject({ state: 'Enabled', retentionDays: 180, isAzureMonitorTargetEnabled: true });
    expect(secure.config.encryptionProtector).toMatchObject({ kind: 'azurekeyvault', serverKeyType: 'AzureKeyVault', autoRotationEnabled: true });
    expect(secure.config.server).toMatchObject({ publicNetworkAccess: 'Disabled' });
    expect(secure.config.administrators).toMatchObject([{ administratorType: 'ActiveDirectory', login: 'sg-sql-admins', azureADOnlyAuthentication: true }]);
    expect(secure.config.firewallRules).toMatchObject([{ startIpAddress: '203.0.113.0', endIpAddress: '203.0.113.255' }]);
    expect(secure.config.vulnerabilityAssessment).toMatchObject({ recurringScans: { isEnabled: true } });
    expect(JSON.parse(JSON.stringify(out.assets))).toEqual(out.assets);
  });

  it("the demo's denied auditing read is a gap on that aspect only, with an error naming the call", async () => {
    const out = await collectAzure(await demoEstate(), sqlServersCollector, { subscription: DEMO_DEV });
    const reporting = byName(out.assets, SQL_SERVER, 'sql-parapet-reporting');
    expect(reporting.config.auditing).toBeUndefined();
    expect(reporting.gaps.auditing).toMatchObject({ provider: 'azure', account: DEMO_DEV, region: 'eastus', service: 'sql', operation: 'serverBlobAuditingPolicies.get', code: 'AuthorizationFailed', resource: reporting.id });
    expect(reporting.config.administrators).toHaveLength(1);
    expect(out.errors).toEqual([reporting.gaps.auditing]);
    expect(out.coverage.every((c) => c.ok)).toBe(true);
  });

  it('a denied server listing makes coverage incomplete', async () => {
    const out = await collectAzure(await demoEstate(), sqlServersCollector, { subscription: DEMO_PROD, faults: [{ effect: 'deny', service: 'sql', operation: 'Microsoft.Sql/servers.list' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toMatchObject([{ provider: 'azure', account: DEMO_PROD, region: 'global', service: 'sql', operation: 'servers.list', code: 'AuthorizationFailed' }]);
    expect(out.coverage).toMatchObject([{ collector: 'azure.sql.servers', ok: false }]);
  });
});
