/**
 * Azure SQL (Microsoft.Sql): logical servers, their firewall rules, Entra administrators, auditing,
 * encryption protector, Defender alert policy and vulnerability assessment; databases with TDE and auditing.
 *
 * Estate section `sqlServers`: server records in ARM wire JSON (`properties` nested) with simulator-only
 * children: `firewallRules` [{name, properties: {startIpAddress, endIpAddress}}], `administrators`
 * [{properties: {administratorType, login, sid, tenantId, azureADOnlyAuthentication}}], `auditing`,
 * `encryptionProtector`, `securityAlertPolicy`, `vulnerabilityAssessment` ({properties}), and `databases`
 * [{name, location?, sku, properties, tde: {state}, auditing: {properties}}]. Unset settings come back as
 * ARM reports them by default (auditing Disabled, service-managed TDE protector, alert policy Disabled);
 * a database's `tde` defaults to Enabled, as on every database created since 2017. Like ARM, a server's
 * database listing includes `master`.
 */
import { AzureSimError, type AzureSimContext, type AzureSimService } from '../service.js';
import type { AzureSubscriptionEstate } from '../estate.js';
import { childWire, findRecord, inScope, nameOf, pick, wire, type ArmRecord } from './arm-resources.js';

export interface SimSqlDatabase {
  name: string;
  location?: string;
  tags?: Record<string, string>;
  sku?: Record<string, unknown>;
  properties?: Record<string, unknown>;
  tde?: { state: 'Enabled' | 'Disabled' };
  auditing?: { properties: Record<string, unknown> };
}

export interface SimSqlServer extends ArmRecord {
  firewallRules?: Array<{ name: string; properties: { startIpAddress: string; endIpAddress: string } }>;
  administrators?: Array<{ name?: string; properties: Record<string, unknown> }>;
  auditing?: { properties: Record<string, unknown> };
  encryptionProtector?: { kind?: string; properties: Record<string, unknown> };
  securityAlertPolicy?: { properties: Record<string, unknown> };
  vulnerabilityAssessment?: { properties: Record<string, unknown> };
  databases?: SimSqlDatabase[];
}

const SERVER = 'Microsoft.Sql/servers';
const CHILDREN = ['firewallRules', 'administrators', 'auditing', 'encryptionProtector', 'securityAlertPolicy', 'vulnerabilityAssessment', 'databases'] as const;
const BASE = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers/{serverName}';

function serverWire(s: SimSqlServer): Record<string, unknown> {
  const name = nameOf(s);
  return {
    ...wire(s, SERVER, CHILDREN),
    kind: s.kind ?? 'v12.0',
    properties: { version: '12.0', state: 'Ready', fullyQualifiedDomainName: `${name}.database.windows.net`, publicNetworkAccess: 'Enabled', minimalTlsVersion: '1.2', ...s.properties },
  };
}

const server = (ctx: AzureSimContext) => findRecord<SimSqlServer>(ctx, 'sqlServers', 'serverName', SERVER);

function databases(s: SimSqlServer): SimSqlDatabase[] {
  const master: SimSqlDatabase = { name: 'master', sku: { name: 'System', tier: 'System', capacity: 0 }, properties: { status: 'Online', collation: 'SQL_Latin1_General_CP1_CI_AS' } };
  return [master, ...(s.databases ?? []).filter((d) => d.name !== 'master')];
}

function database(ctx: AzureSimContext): { s: SimSqlServer; d: SimSqlDatabase } {
  const s = server(ctx);
  const wanted = (ctx.params.databaseName ?? '').toLowerCase();
  const d = databases(s).find((x) => x.name.toLowerCase() === wanted);
  if (!d) throw new AzureSimError('ResourceNotFound', `The requested resource of type '${SERVER}/databases' with name '${ctx.params.databaseName}' was not found.`, 404);
  return { s, d };
}

function databaseWire(s: SimSqlServer, d: SimSqlDatabase): Record<string, unknown> {
  const system = d.name === 'master';
  return childWire(s.id, 'databases', `${SERVER}/databases`, {
    name: d.name,
    location: d.location ?? s.location,
    ...(d.tags ? { tags: d.tags } : {}),
    sku: d.sku ?? { name: 'GP_Gen5', tier: 'GeneralPurpose', family: 'Gen5', capacity: 2 },
    kind: system ? 'v12.0,system' : 'v12.0,user,vcore',
    properties: { status: 'Online', collation: 'SQL_Latin1_General_CP1_CI_AS', ...d.properties },
  });
}

const auditingDefault = { state: 'Disabled', retentionDays: 0, auditActionsAndGroups: [], isAzureMonitorTargetEnabled: false, isStorageSecondaryKeyInUse: false };

export const sqlService: AzureSimService = {
  name: 'sql',
  routes: [
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.Sql/servers', operation: 'Microsoft.Sql/servers.list', kind: 'list', handler: (ctx) => inScope<SimSqlServer>(ctx, 'sqlServers', SERVER).map(serverWire) },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.Sql/servers', operation: 'Microsoft.Sql/servers.listByResourceGroup', kind: 'list', handler: (ctx) => inScope<SimSqlServer>(ctx, 'sqlServers', SERVER).map(serverWire) },
    { method: 'GET', path: BASE, operation: 'Microsoft.Sql/servers.get', kind: 'get', handler: (ctx) => serverWire(server(ctx)) },
    {
      method: 'GET', path: `${BASE}/firewallRules`, operation: 'Microsoft.Sql/servers/firewallRules.listByServer', kind: 'list',
      handler: (ctx) => { const s = server(ctx); return (s.firewallRules ?? []).map((r) => childWire(s.id, 'firewallRules', `${SERVER}/firewallRules`, r)); },
    },
    {
      method: 'GET', path: `${BASE}/administrators`, operation: 'Microsoft.Sql/servers/administrators.listByServer', kind: 'list',
      handler: (ctx) => { const s = server(ctx); return (s.administrators ?? []).map((a) => childWire(s.id, 'administrators', `${SERVER}/administrators`, { name: 'ActiveDirectory', ...a, properties: { administratorType: 'ActiveDirectory', ...a.properties } })); },
    },
    {
      method: 'GET', path: `${BASE}/auditingSettings/{blobAuditingPolicyName}`, operation: 'Microsoft.Sql/servers/auditingSettings.get', kind: 'get',
      handler: (ctx) => { const s = server(ctx); return childWire(s.id, 'auditingSettings', `${SERVER}/auditingSettings`, { name: 'Default', properties: { ...auditingDefault, ...s.auditing?.properties } }); },
    },
    {
      method: 'GET', path: `${BASE}/encryptionProtector/{encryptionProtectorName}`, operation: 'Microsoft.Sql/servers/encryptionProtector.get', kind: 'get',
      handler: (ctx) => {
        const s = server(ctx);
        const p = s.encryptionProtector;
        return childWire(s.id, 'encryptionProtector', `${SERVER}/encryptionProtector`, { name: 'current', kind: p?.kind ?? (p ? 'azurekeyvault' : 'servicemanaged'), location: s.location, properties: { serverKeyName: 'ServiceManaged', serverKeyType: 'ServiceManaged', autoRotationEnabled: false, ...p?.properties } });
      },
    },
    {
      method: 'GET', path: `${BASE}/securityAlertPolicies/{securityAlertPolicyName}`, operation: 'Microsoft.Sql/servers/securityAlertPolicies.get', kind: 'get',
      handler: (ctx) => { const s = server(ctx); return childWire(s.id, 'securityAlertPolicies', `${SERVER}/securityAlertPolicies`, { name: 'Default', properties: { state: 'Disabled', disabledAlerts: [], emailAddresses: [], emailAccountAdmins: false, retentionDays: 0, ...s.securityAlertPolicy?.properties } }); },
    },
    {
      method: 'GET', path: `${BASE}/vulnerabilityAssessments/{vulnerabilityAssessmentName}`, operation: 'Microsoft.Sql/servers/vulnerabilityAssessments.get', kind: 'get',
      handler: (ctx) => { const s = server(ctx); return childWire(s.id, 'vulnerabilityAssessments', `${SERVER}/vulnerabilityAssessments`, { name: 'Default', properties: { recurringScans: { isEnabled: false, emailSubscriptionAdmins: true, emails: [] }, ...s.vulnerabilityAssessment?.properties } }); },
    },
    { method: 'GET', path: `${BASE}/databases`, operation: 'Microsoft.Sql/servers/databases.listByServer', kind: 'list', handler: (ctx) => { const s = server(ctx); return databases(s).map((d) => databaseWire(s, d)); } },
    { method: 'GET', path: `${BASE}/databases/{databaseName}`, operation: 'Microsoft.Sql/servers/databases.get', kind: 'get', handler: (ctx) => { const { s, d } = database(ctx); return databaseWire(s, d); } },
    {
      method: 'GET', path: `${BASE}/databases/{databaseName}/transparentDataEncryption/{tdeName}`, operation: 'Microsoft.Sql/servers/databases/transparentDataEncryption.get', kind: 'get',
      handler: (ctx) => { const { s, d } = database(ctx); return childWire(`${s.id}/databases/${d.name}`, 'transparentDataEncryption', `${SERVER}/databases/transparentDataEncryption`, { name: 'Current', properties: { state: d.tde?.state ?? 'Enabled' } }); },
    },
    {
      method: 'GET', path: `${BASE}/databases/{databaseName}/auditingSettings/{blobAuditingPolicyName}`, operation: 'Microsoft.Sql/servers/databases/auditingSettings.get', kind: 'get',
      handler: (ctx) => { const { s, d } = database(ctx); return childWire(`${s.id}/databases/${d.name}`, 'auditingSettings', `${SERVER}/databases/auditingSettings`, { name: 'Default', kind: 'V12', properties: { ...auditingDefault, ...d.auditing?.properties } }); },
    },
  ],
  generate: generateSql,
};

/** Servers with one database each (two assets a server); about a third open to the internet or unaudited. */
function generateSql(sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number {
  const servers: SimSqlServer[] = (sub.resources.sqlServers ??= []);
  let added = 0;
  for (let i = 0; added < count; i++) {
    const name = `sql-bench-${sub.subscriptionId.slice(0, 8)}-${i}`;
    const open = rand() < 0.3;
    const s: SimSqlServer = {
      id: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-bench-sql-${i % 10}/providers/Microsoft.Sql/servers/${name}`,
      location: pick(rand, locations),
      tags: { env: pick(rand, ['prod', 'dev', 'test']) },
      properties: { administratorLogin: 'sqladmin', minimalTlsVersion: rand() < 0.2 ? '1.0' : '1.2', publicNetworkAccess: open ? 'Enabled' : 'Disabled' },
      firewallRules: open ? [{ name: 'AllowAll', properties: { startIpAddress: '0.0.0.0', endIpAddress: '255.255.255.255' } }] : [],
      auditing: { properties: { state: rand() < 0.6 ? 'Enabled' : 'Disabled', retentionDays: 90 } },
      databases: [],
    };
    servers.push(s);
    added++;
    if (added < count) {
      s.databases!.push({ name: `db-${i}`, tde: { state: rand() < 0.1 ? 'Disabled' : 'Enabled' } });
      added++;
    }
  }
  return added;
}
