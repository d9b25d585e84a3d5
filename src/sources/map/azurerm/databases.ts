/**
 * Azure SQL servers and databases, PostgreSQL / MySQL flexible servers and Cosmos DB accounts, as the
 * `azure.sql.*`, `azure.postgresql.*`, `azure.mysql.*` and `azure.cosmosdb.*` collectors store them. A
 * server's child settings (firewall rules, auditing, TDE protector, alert policy, server parameters) come
 * from their own Terraform resources; none declared is the API's "none configured" answer.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, type IacResource } from '../../model.js';
import { block, blocks, knownString, tagMap, type MapContext } from '../kit.js';
import { builder, enabledDisabled, list, loose, or, type Graph } from './common.js';
import { keyUri } from './keyvault.js';

export const SQL_SERVER = 'Microsoft.Sql/servers';
export const SQL_DATABASE = 'Microsoft.Sql/servers/databases';
export const POSTGRESQL_SERVER = 'Microsoft.DBforPostgreSQL/flexibleServers';
export const MYSQL_SERVER = 'Microsoft.DBforMySQL/flexibleServers';
export const COSMOS_ACCOUNT = 'Microsoft.DocumentDB/databaseAccounts';

export const DATABASE_TYPES = [
  'azurerm_mssql_server',
  'azurerm_mssql_firewall_rule',
  'azurerm_mssql_server_extended_auditing_policy',
  'azurerm_mssql_server_security_alert_policy',
  'azurerm_mssql_server_transparent_data_encryption',
  'azurerm_mssql_server_vulnerability_assessment',
  'azurerm_mssql_database',
  'azurerm_mssql_database_extended_auditing_policy',
  'azurerm_postgresql_flexible_server',
  'azurerm_postgresql_flexible_server_configuration',
  'azurerm_postgresql_flexible_server_firewall_rule',
  'azurerm_mysql_flexible_server',
  'azurerm_mysql_flexible_server_configuration',
  'azurerm_mysql_flexible_server_firewall_rule',
  'azurerm_cosmosdb_account',
] as const;

const SERVER = ['azurerm_mssql_server'];
const SERVER_ATTRS = ['server_id', 'server_name'];

function firewallRule(f: IacResource, g: Graph, type: string): Record<string, unknown> {
  return { ...(g.armId(f) ? { id: g.armId(f) } : {}), name: f.values.name, type, startIpAddress: f.values.start_ip_address, endIpAddress: f.values.end_ip_address };
}

/** ServerBlobAuditingPolicy / DatabaseBlobAuditingPolicy from an extended auditing policy resource. */
function auditingPolicy(p: IacResource | undefined, type: string): Record<string, unknown> {
  if (!p) return { name: 'Default', type, state: 'Disabled', retentionDays: 0, auditActionsAndGroups: [], isStorageSecondaryKeyInUse: false, isAzureMonitorTargetEnabled: false };
  const v = p.values;
  return {
    name: 'Default',
    type,
    state: enabledDisabled(v.enabled, true),
    ...(v.storage_endpoint !== undefined ? { storageEndpoint: v.storage_endpoint } : {}),
    retentionDays: or(v.retention_in_days, 0),
    auditActionsAndGroups: v.audit_actions_and_groups ?? ['SUCCESSFUL_DATABASE_AUTHENTICATION_GROUP', 'FAILED_DATABASE_AUTHENTICATION_GROUP', 'BATCH_COMPLETED_GROUP'],
    isStorageSecondaryKeyInUse: or(v.storage_account_access_key_is_secondary, false),
    isAzureMonitorTargetEnabled: or(v.log_monitoring_enabled, true),
    ...(v.predicate_expression !== undefined ? { predicateExpression: v.predicate_expression } : {}),
  };
}

function mapSql(g: Graph, ctx: MapContext, out: Asset[]): void {
  const servers = g.of('azurerm_mssql_server');
  const dbs = g.of('azurerm_mssql_database');
  if (servers.length + dbs.length === 0) return;
  const firewall = g.childrenBy('azurerm_mssql_firewall_rule', SERVER, SERVER_ATTRS);
  const strayFirewall = g.unresolved('azurerm_mssql_firewall_rule', SERVER, SERVER_ATTRS);
  const auditing = g.childrenBy('azurerm_mssql_server_extended_auditing_policy', SERVER, SERVER_ATTRS);
  const alerts = g.childrenBy('azurerm_mssql_server_security_alert_policy', SERVER, SERVER_ATTRS);
  const tde = g.childrenBy('azurerm_mssql_server_transparent_data_encryption', SERVER, SERVER_ATTRS);
  // A vulnerability assessment names the server through its security alert policy.
  const assessments = new Map<IacResource, IacResource>();
  for (const va of g.of('azurerm_mssql_server_vulnerability_assessment')) {
    for (const pol of g.targets(va.values.server_security_alert_policy_id, ['azurerm_mssql_server_security_alert_policy'])) {
      const s = g.parentOf(pol, SERVER, SERVER_ATTRS);
      if (s) assessments.set(s, va);
    }
  }
  const serverAssets = new Map<IacResource, Asset>();
  for (const s of servers) {
    const v = s.values;
    const id = g.armId(s);
    const admin = block(v.azuread_administrator);
    const b = builder(s, g, ctx, { type: SQL_SERVER, kind: 'database.instance', service: 'sql' });
    b.aspect('server', () => ({
      ...(id ? { id } : {}),
      name: loose(v.name),
      type: SQL_SERVER,
      location: loose(v.location),
      ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
      kind: 'v12.0',
      version: v.version,
      ...(v.administrator_login !== undefined ? { administratorLogin: loose(v.administrator_login) } : {}),
      minimalTlsVersion: or(v.minimum_tls_version, '1.2'),
      publicNetworkAccess: enabledDisabled(v.public_network_access_enabled, true),
      restrictOutboundNetworkAccess: enabledDisabled(v.outbound_network_restriction_enabled, false),
      ...(admin
        ? { administrators: { administratorType: 'ActiveDirectory', login: loose(admin.login_username), sid: loose(admin.object_id), tenantId: loose(admin.tenant_id), azureADOnlyAuthentication: or(admin.azuread_authentication_only, false) } }
        : {}),
      ...(block(v.identity) ? { identity: { type: block(v.identity)?.type } } : {}),
    }));
    const audit = auditing.get(s)?.[0];
    if (audit) b.aspect('auditing', () => auditingPolicy(audit, 'Microsoft.Sql/servers/auditingSettings'));
    else b.defaulted('auditing', auditingPolicy(undefined, 'Microsoft.Sql/servers/auditingSettings'));
    b.aspect('firewallRules', () => {
      const stray = strayFirewall.get(s.module);
      if (stray) throw stray;
      return (firewall.get(s) ?? []).map((f) => firewallRule(f, g, 'Microsoft.Sql/servers/firewallRules'));
    });
    b.aspect('administrators', () =>
      admin ? [{ ...(id ? { id: `${id}/administrators/ActiveDirectory` } : {}), name: 'ActiveDirectory', type: 'Microsoft.Sql/servers/administrators', administratorType: 'ActiveDirectory', login: loose(admin.login_username), sid: loose(admin.object_id), tenantId: loose(admin.tenant_id), azureADOnlyAuthentication: or(admin.azuread_authentication_only, false) }] : [],
    );
    const protector = tde.get(s)?.[0];
    const key = protector?.values.key_vault_key_id ?? protector?.values.managed_hsm_key_id;
    if (protector && key !== undefined && key !== null && key !== '')
      b.aspect('encryptionProtector', () => ({ name: 'current', type: 'Microsoft.Sql/servers/encryptionProtector', kind: 'azurekeyvault', serverKeyType: 'AzureKeyVault', ...(typeof key === 'string' ? { uri: key } : {}), autoRotationEnabled: or(protector.values.auto_rotation_enabled, false) }));
    else b.defaulted('encryptionProtector', { name: 'current', type: 'Microsoft.Sql/servers/encryptionProtector', kind: 'servicemanaged', serverKeyName: 'ServiceManaged', serverKeyType: 'ServiceManaged', autoRotationEnabled: false });
    const alert = alerts.get(s)?.[0];
    if (alert)
      b.aspect('securityAlertPolicy', () => ({
        name: 'Default',
        type: 'Microsoft.Sql/servers/securityAlertPolicies',
        state: alert.values.state,
        disabledAlerts: list(alert.values.disabled_alerts),
        emailAddresses: list(alert.values.email_addresses),
        emailAccountAdmins: or(alert.values.email_account_admins, false),
        retentionDays: or(alert.values.retention_days, 0),
        ...(alert.values.storage_endpoint !== undefined ? { storageEndpoint: alert.values.storage_endpoint } : {}),
      }));
    else b.defaulted('securityAlertPolicy', { name: 'Default', type: 'Microsoft.Sql/servers/securityAlertPolicies', state: 'Disabled', disabledAlerts: [], emailAddresses: [], emailAccountAdmins: false, retentionDays: 0 });
    const va = assessments.get(s);
    b.aspect('vulnerabilityAssessment', () => {
      if (!va) return null;
      const scans = block(va.values.recurring_scans);
      return {
        name: 'default',
        type: 'Microsoft.Sql/servers/vulnerabilityAssessments',
        storageContainerPath: va.values.storage_container_path,
        recurringScans: { isEnabled: or(scans?.enabled, false), emailSubscriptionAdmins: or(scans?.email_subscription_admins, false), emails: list(scans?.emails) },
      };
    });
    const a = b.build();
    serverAssets.set(s, a);
    out.push(a);
  }

  const dbAudits = g.childrenBy('azurerm_mssql_database_extended_auditing_policy', ['azurerm_mssql_database'], ['database_id']);
  for (const d of dbs) {
    const v = d.values;
    const server = g.parentOf(d, SERVER, SERVER_ATTRS);
    const serverAsset = server ? serverAssets.get(server) : undefined;
    const serverName = knownString(server?.values.name) ?? '?';
    const b = builder(d, g, ctx, { type: SQL_DATABASE, kind: 'database.database', service: 'sql', name: `${serverName}/${knownString(v.name) ?? d.name}`, ...(serverAsset ? { region: serverAsset.region } : {}) });
    const id = g.armId(d);
    b.aspect('database', () => ({
      ...(id ? { id } : {}),
      name: loose(v.name),
      type: SQL_DATABASE,
      location: server?.values.location,
      ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
      ...(v.sku_name !== undefined ? { sku: { name: v.sku_name } } : {}),
      ...(v.collation !== undefined ? { collation: v.collation } : {}),
      ...(typeof v.max_size_gb === 'number' ? { maxSizeBytes: v.max_size_gb * 1024 ** 3 } : {}),
      zoneRedundant: or(v.zone_redundant, false),
      requestedBackupStorageRedundancy: or(v.storage_account_type, 'Geo'),
      isLedgerOn: or(v.ledger_enabled, false),
    }));
    b.aspect('tde', () => ({ name: 'current', type: 'Microsoft.Sql/servers/databases/transparentDataEncryption', state: enabledDisabled(v.transparent_data_encryption_enabled, true) }));
    const audit = dbAudits.get(d)?.[0];
    if (audit) b.aspect('auditing', () => auditingPolicy(audit, 'Microsoft.Sql/servers/databases/auditingSettings'));
    else b.defaulted('auditing', auditingPolicy(undefined, 'Microsoft.Sql/servers/databases/auditingSettings'));
    out.push(b.build());
  }
}

/** TF flexible-server SKU `GP_Standard_D4s_v3` → the model's `{ name: 'Standard_D4s_v3', tier: 'GeneralPurpose' }`. */
function flexSku(v: unknown): unknown {
  if (typeof v !== 'string') return v === undefined ? undefined : { name: v };
  const tiers: Record<string, string> = { B: 'Burstable', GP: 'GeneralPurpose', MO: 'MemoryOptimized', BC: 'MemoryOptimized' };
  const i = v.indexOf('_');
  const tier = i > 0 ? tiers[v.slice(0, i)] : undefined;
  return tier ? { name: v.slice(i + 1), tier } : { name: v };
}

interface FlexSpec {
  tf: string;
  type: string;
  service: string;
  configuration: string;
  firewall: string;
  /** Server parameters whose service default is documented (listByServer always reports every parameter). */
  defaults: Record<string, string>;
}

const FLEX: FlexSpec[] = [
  { tf: 'azurerm_postgresql_flexible_server', type: POSTGRESQL_SERVER, service: 'postgresql', configuration: 'azurerm_postgresql_flexible_server_configuration', firewall: 'azurerm_postgresql_flexible_server_firewall_rule', defaults: { require_secure_transport: 'on' } },
  { tf: 'azurerm_mysql_flexible_server', type: MYSQL_SERVER, service: 'mysql', configuration: 'azurerm_mysql_flexible_server_configuration', firewall: 'azurerm_mysql_flexible_server_firewall_rule', defaults: { require_secure_transport: 'ON' } },
];

function mapFlexible(g: Graph, ctx: MapContext, out: Asset[], spec: FlexSpec): void {
  const servers = g.of(spec.tf);
  if (servers.length === 0) return;
  const configs = g.childrenBy(spec.configuration, [spec.tf], SERVER_ATTRS);
  const rules = g.childrenBy(spec.firewall, [spec.tf], SERVER_ATTRS);
  const strayConfigs = g.unresolved(spec.configuration, [spec.tf], SERVER_ATTRS);
  const strayRules = g.unresolved(spec.firewall, [spec.tf], SERVER_ATTRS);
  for (const s of servers) {
    const v = s.values;
    const id = g.armId(s);
    const cmk = block(v.customer_managed_key);
    const b = builder(s, g, ctx, { type: spec.type, kind: 'database.instance', service: spec.service });
    const subnet = v.delegated_subnet_id;
    const delegated = subnet !== undefined && subnet !== null && subnet !== '';
    b.aspect('server', () => ({
      ...(id ? { id } : {}),
      name: loose(v.name),
      type: spec.type,
      location: loose(v.location),
      ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
      ...(v.sku_name !== undefined ? { sku: flexSku(v.sku_name) } : {}),
      ...(v.version !== undefined ? { version: v.version } : {}),
      ...(v.administrator_login !== undefined ? { administratorLogin: loose(v.administrator_login) } : {}),
      backup: { backupRetentionDays: or(v.backup_retention_days, 7), geoRedundantBackup: enabledDisabled(v.geo_redundant_backup_enabled, false) },
      network: {
        // A server in a delegated subnet (VNet integration) has no public endpoint.
        publicNetworkAccess: delegated ? 'Disabled' : (v.public_network_access ?? enabledDisabled(v.public_network_access_enabled, true)),
        ...(delegated ? { delegatedSubnetResourceId: g.refId(subnet) } : {}),
        ...(v.private_dns_zone_id !== undefined ? { privateDnsZoneArmResourceId: g.refId(v.private_dns_zone_id) } : {}),
      },
      highAvailability: { mode: block(v.high_availability)?.mode ?? 'Disabled' },
      dataEncryption: cmk ? { type: 'AzureKeyVault', primaryKeyURI: keyUri(cmk.key_vault_key_id, g) } : { type: 'SystemManaged' },
      ...(block(v.authentication) ? { authConfig: { activeDirectoryAuth: enabledDisabled(block(v.authentication)?.active_directory_auth_enabled, false), passwordAuth: enabledDisabled(block(v.authentication)?.password_auth_enabled, true) } } : {}),
    }));
    b.aspect('configurations', () => {
      const stray = strayConfigs.get(s.module);
      if (stray) throw stray;
      const set = (configs.get(s) ?? []).map((c) => ({ name: c.values.name, value: c.values.value }));
      const named = new Set(set.map((c) => (typeof c.name === 'string' ? c.name.toLowerCase() : '')));
      return [...set, ...Object.entries(spec.defaults).filter(([n]) => !named.has(n)).map(([name, value]) => ({ name, value }))];
    });
    b.aspect('firewallRules', () => {
      const stray = strayRules.get(s.module);
      if (stray) throw stray;
      return (rules.get(s) ?? []).map((f) => firewallRule(f, g, `${spec.type}/firewallRules`));
    });
    out.push(b.build());
  }
}

function mapCosmos(g: Graph, ctx: MapContext, out: Asset[]): void {
  for (const c of g.of('azurerm_cosmosdb_account')) {
    const v = c.values;
    const id = g.armId(c);
    const b = builder(c, g, ctx, { type: COSMOS_ACCOUNT, kind: 'database.instance', service: 'cosmosdb' });
    b.aspect('account', () => {
      const filter = v.ip_range_filter;
      // v3: one comma-separated string; v4: a set of strings.
      const ranges = isUnknown(filter) ? filter : typeof filter === 'string' ? filter.split(',').map((x) => x.trim()).filter(Boolean) : list(filter);
      const backup = block(v.backup);
      const consistency = block(v.consistency_policy);
      return {
        ...(id ? { id } : {}),
        name: loose(v.name),
        type: COSMOS_ACCOUNT,
        location: loose(v.location),
        ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
        kind: or(v.kind, 'GlobalDocumentDB'),
        databaseAccountOfferType: or(v.offer_type, 'Standard'),
        publicNetworkAccess: enabledDisabled(v.public_network_access_enabled, true),
        ipRules: isUnknown(ranges) ? ranges : ranges.map((r) => ({ ipAddressOrRange: r })),
        isVirtualNetworkFilterEnabled: or(v.is_virtual_network_filter_enabled, false),
        virtualNetworkRules: blocks(v.virtual_network_rule).map((r) => ({ id: g.refId(r.id), ignoreMissingVNetServiceEndpoint: or(r.ignore_missing_vnet_service_endpoint, false) })),
        disableLocalAuth: or(v.local_authentication_disabled, false),
        disableKeyBasedMetadataWriteAccess: v.access_key_metadata_writes_enabled === false ? true : isUnknown(v.access_key_metadata_writes_enabled) ? v.access_key_metadata_writes_enabled : false,
        ...(v.key_vault_key_id !== undefined && v.key_vault_key_id !== null ? { keyVaultKeyUri: keyUri(v.key_vault_key_id, g) } : {}),
        enableAutomaticFailover: or(v.automatic_failover_enabled ?? v.enable_automatic_failover, false),
        enableMultipleWriteLocations: or(v.multiple_write_locations_enabled ?? v.enable_multiple_write_locations, false),
        minimalTlsVersion: or(v.minimal_tls_version, 'Tls12'),
        ...(consistency ? { consistencyPolicy: { defaultConsistencyLevel: consistency.consistency_level, maxIntervalInSeconds: or(consistency.max_interval_in_seconds, 5), maxStalenessPrefix: or(consistency.max_staleness_prefix, 100) } } : {}),
        locations: blocks(v.geo_location).map((l) => ({ locationName: l.location, failoverPriority: l.failover_priority, isZoneRedundant: or(l.zone_redundant, false) })),
        backupPolicy:
          backup && backup.type === 'Continuous'
            ? { type: 'Continuous', continuousModeProperties: { tier: or(backup.tier, 'Continuous30Days') } }
            : backup && isUnknown(backup.type)
              ? backup.type
              : { type: 'Periodic', periodicModeProperties: { backupIntervalInMinutes: or(backup?.interval_in_minutes, 240), backupRetentionIntervalInHours: or(backup?.retention_in_hours, 8), ...(backup?.storage_redundancy !== undefined ? { backupStorageRedundancy: backup.storage_redundancy } : {}) } },
        ...(block(v.identity) ? { identity: { type: block(v.identity)?.type } } : {}),
      };
    });
    out.push(b.build());
  }
}

export function mapDatabases(g: Graph, ctx: MapContext): Asset[] {
  const out: Asset[] = [];
  mapSql(g, ctx, out);
  for (const spec of FLEX) mapFlexible(g, ctx, out, spec);
  mapCosmos(g, ctx, out);
  return out;
}
