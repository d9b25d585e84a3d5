import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { Unknown, type IacResource } from '../../model.js';
import { iacResource, mapContext, verdictOf, unknownRef as ref, oneOfType as one } from '../../../../test/support/iac.js';
import { mapAzurerm } from './index.js';

const SUB = '00000000-0000-0000-0000-0000000000cc';
const PC = { providerConfig: { subscription_id: SUB } };
const RG = `/subscriptions/${SUB}/resourceGroups/rg-db/providers`;
const res = (type: string, name: string, values: Record<string, unknown>) => iacResource(type, name, { resource_group_name: 'rg-db', location: 'eastus2', ...values }, PC);
const child = (type: string, name: string, values: Record<string, unknown>) => iacResource(type, name, values, PC);

function map(...rs: IacResource[]): Asset[] {
  return mapAzurerm(rs, mapContext());
}

describe('azurerm_mssql_server and azurerm_mssql_database', () => {
  const server = (values: Record<string, unknown> = {}) => res('azurerm_mssql_server', 'sql', { name: 'sql-app', version: '12.0', administrator_login: 'sqladmin', ...values });
  const SERVER_ID = `${RG}/Microsoft.Sql/servers/sql-app`;

  it('a bare server: defaults and the API\'s "none configured" answers', () => {
    const a = one(map(server()), 'Microsoft.Sql/servers');
    expect(a).toMatchObject({ id: SERVER_ID, kind: 'database.instance', region: 'eastus2', account: SUB });
    expect(a.config.server).toMatchObject({ minimalTlsVersion: '1.2', publicNetworkAccess: 'Enabled' });
    expect(a.config.firewallRules).toEqual([]);
    expect(a.config.administrators).toEqual([]);
    expect(a.config.auditing).toMatchObject({ state: 'Disabled' });
    expect(a.config.encryptionProtector).toMatchObject({ serverKeyType: 'ServiceManaged' });
    expect(a.config.vulnerabilityAssessment).toBeNull();
    expect(verdictOf('azure.sql.auditing-enabled', a)).toBe('fail');
    expect(verdictOf('azure.sql.entra-admin-configured', a)).toBe('fail');
    expect(verdictOf('azure.sql.tde-customer-managed-key', a)).toBe('fail');
    expect(verdictOf('azure.sql.minimum-tls-1-2', a)).toBe('pass');
    expect(verdictOf('baseline.database.not-publicly-accessible', a)).toBe('pass');
  });

  it('merges firewall rules, auditing, Entra admin, TDE protector and alert policy from their resources', () => {
    const assets = map(
      server({ minimum_tls_version: '1.0', azuread_administrator: [{ login_username: 'dba-group', object_id: '11111111-1111-1111-1111-111111111111' }] }),
      child('azurerm_mssql_firewall_rule', 'all', { name: 'all', server_id: ref('azurerm_mssql_server.sql'), start_ip_address: '0.0.0.0', end_ip_address: '255.255.255.255' }),
      child('azurerm_mssql_server_extended_auditing_policy', 'audit', { server_id: ref('azurerm_mssql_server.sql'), storage_endpoint: 'https://staudit.blob.core.windows.net/', retention_in_days: 120 }),
      child('azurerm_mssql_server_transparent_data_encryption', 'tde', { server_id: ref('azurerm_mssql_server.sql'), key_vault_key_id: ref('azurerm_key_vault_key.tde') }),
      child('azurerm_mssql_server_security_alert_policy', 'alerts', { server_name: 'sql-app', resource_group_name: 'rg-db', state: 'Enabled', email_account_admins: true }),
    );
    const a = one(assets, 'Microsoft.Sql/servers');
    expect(a.config.firewallRules).toEqual([{ id: `${SERVER_ID}/firewallRules/all`, name: 'all', type: 'Microsoft.Sql/servers/firewallRules', startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' }]);
    expect(a.config.auditing).toMatchObject({ state: 'Enabled', retentionDays: 120, storageEndpoint: 'https://staudit.blob.core.windows.net/' });
    expect(a.config.administrators).toEqual([expect.objectContaining({ administratorType: 'ActiveDirectory', login: 'dba-group' })]);
    expect(a.config.encryptionProtector).toMatchObject({ serverKeyType: 'AzureKeyVault' });
    expect(a.config.securityAlertPolicy).toMatchObject({ state: 'Enabled', emailAccountAdmins: true });
    expect(a.provenance?.encryptionProtector).toBeUndefined();
    expect(verdictOf('azure.sql.firewall-no-allow-all', a)).toBe('fail');
    expect(verdictOf('baseline.database.not-publicly-accessible', a)).toBe('fail');
    expect(verdictOf('azure.sql.auditing-enabled', a)).toBe('pass');
    expect(verdictOf('azure.sql.auditing-retention-over-90-days', a)).toBe('pass');
    expect(verdictOf('azure.sql.entra-admin-configured', a)).toBe('pass');
    expect(verdictOf('azure.sql.tde-customer-managed-key', a)).toBe('pass');
    expect(verdictOf('azure.sql.minimum-tls-1-2', a)).toBe('fail');
  });

  it('a database under its server: name server/db, TDE on by default, off when disabled', () => {
    const db = (values: Record<string, unknown>) => child('azurerm_mssql_database', 'db', { name: 'appdb', server_id: ref('azurerm_mssql_server.sql'), sku_name: 'S0', ...values });
    const on = one(map(server(), db({})), 'Microsoft.Sql/servers/databases');
    expect(on).toMatchObject({ id: `${SERVER_ID}/databases/appdb`, name: 'sql-app/appdb', kind: 'database.database', region: 'eastus2' });
    expect(on.config.tde).toMatchObject({ state: 'Enabled' });
    expect(verdictOf('azure.sql.database-tde-enabled', on)).toBe('pass');
    const off = one(map(server(), db({ transparent_data_encryption_enabled: false })), 'Microsoft.Sql/servers/databases');
    expect(verdictOf('azure.sql.database-tde-enabled', off)).toBe('fail');
    const unknown = one(map(server(), db({ transparent_data_encryption_enabled: new Unknown('variable tde') })), 'Microsoft.Sql/servers/databases');
    expect(verdictOf('azure.sql.database-tde-enabled', unknown)).toBe('unknown');
  });
});

describe('flexible servers', () => {
  const pg = (values: Record<string, unknown> = {}) => res('azurerm_postgresql_flexible_server', 'pg', { name: 'pg-app', version: '16', sku_name: 'GP_Standard_D2s_v3', ...values });

  it('PostgreSQL: server model, documented require_secure_transport default, parameters and firewall rules from their resources', () => {
    const bare = one(map(pg()), 'Microsoft.DBforPostgreSQL/flexibleServers');
    expect(bare).toMatchObject({ id: `${RG}/Microsoft.DBforPostgreSQL/flexibleServers/pg-app`, kind: 'database.instance' });
    expect(bare.config.server).toMatchObject({ sku: { name: 'Standard_D2s_v3', tier: 'GeneralPurpose' }, backup: { backupRetentionDays: 7 }, network: { publicNetworkAccess: 'Enabled' }, dataEncryption: { type: 'SystemManaged' } });
    expect(bare.config.configurations).toEqual([{ name: 'require_secure_transport', value: 'on' }]);
    expect(verdictOf('azure.postgresql.require-secure-transport-on', bare)).toBe('pass');
    // A parameter nobody sets and whose default is not documented here stays unknown.
    expect(verdictOf('azure.postgresql.log-checkpoints-on', bare)).toBe('unknown');

    const assets = map(
      pg({ backup_retention_days: 3 }),
      child('azurerm_postgresql_flexible_server_configuration', 'tls', { name: 'require_secure_transport', server_id: ref('azurerm_postgresql_flexible_server.pg'), value: 'off' }),
      child('azurerm_postgresql_flexible_server_configuration', 'ckpt', { name: 'log_checkpoints', server_id: ref('azurerm_postgresql_flexible_server.pg'), value: 'on' }),
      child('azurerm_postgresql_flexible_server_firewall_rule', 'all', { name: 'all', server_id: ref('azurerm_postgresql_flexible_server.pg'), start_ip_address: '0.0.0.0', end_ip_address: '255.255.255.255' }),
    );
    const a = one(assets, 'Microsoft.DBforPostgreSQL/flexibleServers');
    expect(a.config.configurations).toEqual([{ name: 'require_secure_transport', value: 'off' }, { name: 'log_checkpoints', value: 'on' }]);
    expect(verdictOf('azure.postgresql.require-secure-transport-on', a)).toBe('fail');
    expect(verdictOf('azure.postgresql.log-checkpoints-on', a)).toBe('pass');
    expect(verdictOf('azure.postgresql.no-allow-all-firewall-rule', a)).toBe('fail');
    expect(verdictOf('baseline.database.backup-retention-7-days', a)).toBe('fail');
  });

  it('a server parameter whose server is not known makes the parameters unknown, never the default', () => {
    const stray = child('azurerm_postgresql_flexible_server_configuration', 'tls', { name: 'require_secure_transport', server_id: new Unknown('variable var.server_id has no value'), value: 'off' });
    const a = one(map(pg(), stray), 'Microsoft.DBforPostgreSQL/flexibleServers');
    expect(a.gaps.configurations?.code).toBe('UnknownUntilApply');
    expect(verdictOf('azure.postgresql.require-secure-transport-on', a)).toBe('unknown');
  });

  it('a server in a delegated subnet has no public endpoint', () => {
    const a = one(map(pg({ delegated_subnet_id: ref('azurerm_subnet.db'), private_dns_zone_id: ref('azurerm_private_dns_zone.pg') })), 'Microsoft.DBforPostgreSQL/flexibleServers');
    expect(a.config.server).toMatchObject({ network: { publicNetworkAccess: 'Disabled', delegatedSubnetResourceId: 'iac:.#azurerm_subnet.db' } });
  });

  it('MySQL: v3-style children joined by server_name', () => {
    const assets = map(
      res('azurerm_mysql_flexible_server', 'my', { name: 'my-app', sku_name: 'B_Standard_B1ms' }),
      res('azurerm_mysql_flexible_server_configuration', 'tls', { name: 'require_secure_transport', server_name: 'my-app', value: 'OFF' }),
      res('azurerm_mysql_flexible_server_firewall_rule', 'office', { name: 'office', server_name: 'my-app', start_ip_address: '203.0.113.0', end_ip_address: '203.0.113.255' }),
    );
    const a = one(assets, 'Microsoft.DBforMySQL/flexibleServers');
    expect(a.config.configurations).toEqual([{ name: 'require_secure_transport', value: 'OFF' }]);
    expect(a.config.firewallRules).toEqual([expect.objectContaining({ id: `${RG}/Microsoft.DBforMySQL/flexibleServers/my-app/firewallRules/office`, startIpAddress: '203.0.113.0' })]);
    expect(verdictOf('azure.mysql.require-secure-transport-on', a)).toBe('fail');
    expect(verdictOf('baseline.database.not-publicly-accessible', a)).toBe('pass');
  });
});

describe('azurerm_cosmosdb_account', () => {
  const cosmos = (values: Record<string, unknown>) => res('azurerm_cosmosdb_account', 'c', { name: 'cosmos-app', offer_type: 'Standard', consistency_policy: [{ consistency_level: 'Session' }], geo_location: [{ location: 'eastus2', failover_priority: 0 }], ...values });

  it('open by default; restricted by IP filter (v3 string or v4 set); CMK through the key URI', () => {
    const open = one(map(cosmos({})), 'Microsoft.DocumentDB/databaseAccounts');
    expect(open.config.account).toMatchObject({ publicNetworkAccess: 'Enabled', ipRules: [], isVirtualNetworkFilterEnabled: false, disableLocalAuth: false, backupPolicy: { type: 'Periodic' } });
    expect(verdictOf('azure.cosmosdb.network-access-restricted', open)).toBe('fail');
    expect(verdictOf('azure.cosmosdb.local-auth-disabled', open)).toBe('fail');
    const v3 = one(map(cosmos({ ip_range_filter: '203.0.113.10,198.51.100.0/24' })), 'Microsoft.DocumentDB/databaseAccounts');
    expect(v3.config.account).toMatchObject({ ipRules: [{ ipAddressOrRange: '203.0.113.10' }, { ipAddressOrRange: '198.51.100.0/24' }] });
    expect(verdictOf('azure.cosmosdb.network-access-restricted', v3)).toBe('pass');
    const v4 = one(
      map(
        cosmos({ ip_range_filter: ['203.0.113.10'], local_authentication_disabled: true, key_vault_key_id: ref('azurerm_key_vault_key.k', 'versionless_id') }),
        res('azurerm_key_vault', 'kv', { name: 'kv-app', tenant_id: 't', sku_name: 'standard' }),
        child('azurerm_key_vault_key', 'k', { name: 'cosmos-key', key_vault_id: ref('azurerm_key_vault.kv'), key_type: 'RSA', key_size: 2048, key_opts: ['wrapKey', 'unwrapKey'] }),
      ),
      'Microsoft.DocumentDB/databaseAccounts',
    );
    expect(v4.config.account).toMatchObject({ ipRules: [{ ipAddressOrRange: '203.0.113.10' }], disableLocalAuth: true, keyVaultKeyUri: 'https://kv-app.vault.azure.net/keys/cosmos-key' });
    expect(verdictOf('azure.cosmosdb.customer-managed-key', v4)).toBe('pass');
    expect(verdictOf('azure.cosmosdb.local-auth-disabled', v4)).toBe('pass');
  });
});
