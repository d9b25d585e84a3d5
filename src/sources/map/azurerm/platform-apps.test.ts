import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { Unknown, type IacResource } from '../../model.js';
import { iacResource, mapContext, verdictOf, unknownRef as ref, oneOfType as one } from '../../../../test/support/iac.js';
import { SUBSCRIPTION } from '../../../../test/support/facet-fixtures.js';
import { subscription } from '../../../../test/support/native-azure.js';
import { azurermMappers, mapAzurerm } from './index.js';

const SUB = '00000000-0000-0000-0000-0000000000dd';
const PC = { providerConfig: { subscription_id: SUB } };
const RG = `/subscriptions/${SUB}/resourceGroups/rg-sec/providers`;
const res = (type: string, name: string, values: Record<string, unknown>) => iacResource(type, name, { resource_group_name: 'rg-sec', location: 'uksouth', ...values }, PC);
const child = (type: string, name: string, values: Record<string, unknown>) => iacResource(type, name, values, PC);

function map(...rs: IacResource[]): Asset[] {
  return mapAzurerm(rs, mapContext());
}

describe('Key Vault, keys and secrets', () => {
  const vault = (values: Record<string, unknown> = {}) => res('azurerm_key_vault', 'kv', { name: 'kv-sec', tenant_id: 'tenant-1', sku_name: 'standard', ...values });
  const VAULT_ID = `${RG}/Microsoft.KeyVault/vaults/kv-sec`;

  it('the Vault model keeps properties nested; purge protection absent while off', () => {
    const a = one(map(vault()), 'Microsoft.KeyVault/vaults');
    expect(a).toMatchObject({ id: VAULT_ID, kind: 'crypto.vault', region: 'uksouth' });
    expect(a.config.vault).toMatchObject({ properties: { enableSoftDelete: true, softDeleteRetentionInDays: 90, enableRbacAuthorization: false, publicNetworkAccess: 'Enabled', vaultUri: 'https://kv-sec.vault.azure.net/' } });
    expect((a.config.vault as { properties: object }).properties).not.toHaveProperty('enablePurgeProtection');
    expect(a.config.diagnosticSettings).toEqual([]);
    expect(verdictOf('azure.keyvault.recoverable', a)).toBe('fail');
    expect(verdictOf('azure.keyvault.rbac-authorization-enabled', a)).toBe('fail');
    expect(verdictOf('azure.keyvault.diagnostic-logging-enabled', a)).toBe('fail');
  });

  it('a tenant id read from a data source (known only on apply) does not hide the vault settings', () => {
    const a = one(map(vault({ tenant_id: new Unknown('data source data.azurerm_client_config.current is read at apply', ['data.azurerm_client_config.current']), purge_protection_enabled: true })), 'Microsoft.KeyVault/vaults');
    expect(a.gaps).toEqual({});
    expect((a.config.vault as { properties: object }).properties).not.toHaveProperty('tenantId');
    expect(verdictOf('azure.keyvault.recoverable', a)).toBe('pass');
    // A judged setting that is not known still is a gap.
    const u = one(map(vault({ purge_protection_enabled: new Unknown('variable purge') })), 'Microsoft.KeyVault/vaults');
    expect(verdictOf('azure.keyvault.recoverable', u)).toBe('unknown');
  });

  it('purge protection, RBAC (v3 and v4 names), network ACLs and audit logging', () => {
    const setting = child('azurerm_monitor_diagnostic_setting', 'kv', { name: 'kv-audit', target_resource_id: ref('azurerm_key_vault.kv'), log_analytics_workspace_id: ref('azurerm_log_analytics_workspace.w'), enabled_log: [{ category: 'AuditEvent' }] });
    const a = one(map(vault({ purge_protection_enabled: true, enable_rbac_authorization: true, network_acls: [{ default_action: 'Deny', bypass: 'AzureServices', ip_rules: ['203.0.113.4/32'] }] }), setting), 'Microsoft.KeyVault/vaults');
    expect(a.config.vault).toMatchObject({ properties: { enablePurgeProtection: true, enableRbacAuthorization: true, networkAcls: { defaultAction: 'Deny', ipRules: [{ value: '203.0.113.4/32' }] } } });
    expect(a.config.diagnosticSettings).toEqual([expect.objectContaining({ id: `${VAULT_ID}/providers/microsoft.insights/diagnosticSettings/kv-audit`, logs: [{ category: 'AuditEvent', enabled: true }] })]);
    expect(verdictOf('azure.keyvault.recoverable', a)).toBe('pass');
    expect(verdictOf('azure.keyvault.rbac-authorization-enabled', a)).toBe('pass');
    expect(verdictOf('azure.keyvault.diagnostic-logging-enabled', a)).toBe('pass');
    const v4 = one(map(vault({ rbac_authorization_enabled: true })), 'Microsoft.KeyVault/vaults');
    expect(verdictOf('azure.keyvault.rbac-authorization-enabled', v4)).toBe('pass');
  });

  it('keys: id under the vault, expiration as Unix seconds, rotation policy; secrets: ISO expiry', () => {
    const kv = vault({ enable_rbac_authorization: true });
    const key = child('azurerm_key_vault_key', 'k', {
      name: 'app-key',
      key_vault_id: ref('azurerm_key_vault.kv'),
      key_type: 'RSA',
      key_size: 2048,
      key_opts: ['encrypt', 'decrypt'],
      expiration_date: '2027-06-01T00:00:00Z',
      rotation_policy: [{ expire_after: 'P1Y', notify_before_expiry: 'P30D', automatic: [{ time_before_expiry: 'P30D' }] }],
    });
    const noExpiry = child('azurerm_key_vault_key', 'n', { name: 'plain', key_vault_id: ref('azurerm_key_vault.kv'), key_type: 'EC', curve: 'P-256', key_opts: ['sign'] });
    const secret = child('azurerm_key_vault_secret', 's', { name: 'db-password', key_vault_id: ref('azurerm_key_vault.kv'), value: new Unknown('sensitive'), expiration_date: '2027-01-01T00:00:00Z' });
    const assets = map(kv, key, noExpiry, secret);
    const keys = assets.filter((a) => a.type === 'Microsoft.KeyVault/vaults/keys');
    expect(keys.map((k) => [k.id, k.name, k.kind, k.region])).toEqual([
      [`${VAULT_ID}/keys/app-key`, 'kv-sec/app-key', 'crypto.key', 'uksouth'],
      [`${VAULT_ID}/keys/plain`, 'kv-sec/plain', 'crypto.key', 'uksouth'],
    ]);
    const [k, n] = keys as [Asset, Asset];
    expect(k.config.key).toMatchObject({ kty: 'RSA', keySize: 2048, attributes: { enabled: true, expires: Date.parse('2027-06-01T00:00:00Z') / 1000 }, rotationPolicy: { attributes: { expiryTime: 'P1Y' }, lifetimeActions: [{ trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'rotate' } }, { trigger: { timeBeforeExpiry: 'P30D' }, action: { type: 'notify' } }] } });
    expect(verdictOf('baseline.crypto.key-expiry-set', k, assets)).toBe('pass');
    expect(verdictOf('baseline.crypto.key-expiry-set', n, assets)).toBe('fail');
    expect(verdictOf('azure.keyvault.key-auto-rotation-enabled', k)).toBe('pass');
    expect(verdictOf('azure.keyvault.key-auto-rotation-enabled', n)).toBe('fail');
    expect(verdictOf('azure.keyvault.rbac-vault-key-expiration-set', k, assets)).toBe('pass');
    const s = one(assets, 'Microsoft.KeyVault/vaults/secrets');
    expect(s).toMatchObject({ id: `${VAULT_ID}/secrets/db-password`, kind: 'secret', name: 'kv-sec/db-password' });
    expect(s.config.secret).toEqual({ id: `${VAULT_ID}/secrets/db-password`, name: 'db-password', type: 'Microsoft.KeyVault/vaults/secrets', properties: { attributes: { enabled: true, expires: '2027-01-01T00:00:00.000Z' }, secretUri: 'https://kv-sec.vault.azure.net/secrets/db-password' } });
    expect(JSON.stringify(s.config)).not.toContain('sensitive');
    expect(verdictOf('baseline.secrets.secret-expiry-set', s)).toBe('pass');
  });

  it('a key in an existing vault (a data source) gets its id under that vault; the data source makes no asset', () => {
    const existing = iacResource('azurerm_key_vault', 'shared', { name: 'kv-shared', resource_group_name: 'rg-sec' }, { ...PC, mode: 'data', address: 'data.azurerm_key_vault.shared' });
    const k = child('azurerm_key_vault_key', 'k', { name: 'k1', key_vault_id: ref('data.azurerm_key_vault.shared'), key_type: 'RSA', key_opts: [] });
    const assets = map(existing, k);
    expect(assets.map((a) => [a.type, a.id, a.name])).toEqual([['Microsoft.KeyVault/vaults/keys', `${RG}/Microsoft.KeyVault/vaults/kv-shared/keys/k1`, 'kv-shared/k1']]);
  });

  it('an unknown expiration date is unknown, not a pass', () => {
    const k = child('azurerm_key_vault_key', 'k', { name: 'k', key_vault_id: ref('azurerm_key_vault.kv'), key_type: 'RSA', key_opts: [], expiration_date: new Unknown('timeadd(timestamp(), "8760h")') });
    const assets = map(vault(), k);
    const key = one(assets, 'Microsoft.KeyVault/vaults/keys');
    expect(key.gaps.key?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.crypto.key-expiry-set', key, assets)).toBe('unknown');
  });
});

describe('subscription-wide resources', () => {
  it('role assignments: User Access Administrator at root fails, Reader on the subscription passes', () => {
    const root = child('azurerm_role_assignment', 'root', { name: '22222222-2222-2222-2222-222222222222', scope: '/', role_definition_name: 'User Access Administrator', principal_id: 'p1', principal_type: 'User' });
    const reader = child('azurerm_role_assignment', 'reader', { scope: new Unknown('data source', ['data.azurerm_subscription.current']), role_definition_name: 'Reader', principal_id: 'p2' });
    const assets = map(root, reader);
    const [r1, r2] = assets as [Asset, Asset];
    expect(r1).toMatchObject({ id: '/providers/Microsoft.Authorization/roleAssignments/22222222-2222-2222-2222-222222222222', type: 'Microsoft.Authorization/roleAssignments', kind: 'identity.role-assignment', region: 'global', account: SUB });
    expect(r1.config.assignment).toMatchObject({ scope: '/', roleDefinitionId: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9`, principalId: 'p1' });
    expect(verdictOf('azure.identity.user-access-administrator-not-at-root', r1)).toBe('fail');
    expect(r2.id).toBe('iac:.#azurerm_role_assignment.reader');
    expect(r2.config.assignment).toMatchObject({ scope: `/subscriptions/${SUB}` });
    expect(verdictOf('azure.identity.user-access-administrator-not-at-root', r2)).toBe('pass');
  });

  it('a built-in role read through data.azurerm_role_definition resolves to its well-known id', () => {
    const owner = iacResource('azurerm_role_definition', 'uaa', { name: 'User Access Administrator' }, { ...PC, mode: 'data', address: 'data.azurerm_role_definition.uaa' });
    const a = child('azurerm_role_assignment', 'x', { scope: '/', role_definition_id: ref('data.azurerm_role_definition.uaa'), principal_id: ref('azuread_group.admins', 'object_id') });
    const assets = map(owner, a);
    expect(assets).toHaveLength(1);
    // The principal id is not known before apply and no rule judges it: it is left out, not a gap.
    expect(assets[0]!.config.assignment).not.toHaveProperty('principalId');
    expect(verdictOf('azure.identity.user-access-administrator-not-at-root', assets[0]!)).toBe('fail');
  });

  it('a custom role with * actions assignable at the subscription fails', () => {
    const role = (actions: string[]) => child('azurerm_role_definition', 'ops', { name: 'ops', role_definition_id: '33333333-3333-3333-3333-333333333333', scope: new Unknown('data', ['data.azurerm_subscription.current']), permissions: [{ actions, not_actions: [] }] });
    const bad = one(map(role(['*'])), 'Microsoft.Authorization/roleDefinitions');
    expect(bad).toMatchObject({ id: `/subscriptions/${SUB}/providers/Microsoft.Authorization/roleDefinitions/33333333-3333-3333-3333-333333333333`, name: 'ops', kind: 'identity.role' });
    expect(bad.config.definition).toMatchObject({ roleName: 'ops', roleType: 'CustomRole', assignableScopes: [`/subscriptions/${SUB}`], permissions: [{ actions: ['*'] }] });
    expect(verdictOf('azure.identity.no-custom-subscription-owner-roles', bad)).toBe('fail');
    expect(verdictOf('azure.identity.no-custom-subscription-owner-roles', one(map(role(['Microsoft.Compute/virtualMachines/start/action'])), 'Microsoft.Authorization/roleDefinitions'))).toBe('pass');
  });

  it('an activity-log diagnostic setting on the subscription becomes a diagnosticSettings asset the subscription rules find', () => {
    const pc = { providerConfig: { subscription_id: SUBSCRIPTION } };
    const s = iacResource(
      'azurerm_monitor_diagnostic_setting',
      'activity',
      { name: 'activity', target_resource_id: `/subscriptions/${SUBSCRIPTION}`, log_analytics_workspace_id: ref('azurerm_log_analytics_workspace.w'), enabled_log: ['Administrative', 'Security', 'Policy', 'Alert'].map((category) => ({ category })) },
      pc,
    );
    const a = one(map(s), 'Microsoft.Insights/diagnosticSettings');
    expect(a).toMatchObject({ id: `/subscriptions/${SUBSCRIPTION}/providers/microsoft.insights/diagnosticSettings/activity`, kind: 'logging.audit-trail', region: 'global', account: SUBSCRIPTION });
    expect(a.config.setting).toMatchObject({ workspaceId: 'iac:.#azurerm_log_analytics_workspace.w', logs: [{ category: 'Administrative', enabled: true }, { category: 'Security', enabled: true }, { category: 'Policy', enabled: true }, { category: 'Alert', enabled: true }] });
    expect(verdictOf('baseline.logging.audit-trail-all-regions', subscription(), [a])).toBe('pass');
    expect(verdictOf('azure.monitor.activity-log-captures-security-categories', subscription(), [a])).toBe('pass');
    const partial = iacResource('azurerm_monitor_diagnostic_setting', 'p', { name: 'p', target_resource_id: new Unknown('data', ['data.azurerm_subscription.current']), storage_account_id: ref('azurerm_storage_account.logs'), enabled_log: [{ category: 'Administrative' }] }, pc);
    const b = one(map(partial), 'Microsoft.Insights/diagnosticSettings');
    expect(b.id).toBe(`/subscriptions/${SUBSCRIPTION}/providers/microsoft.insights/diagnosticSettings/p`);
    expect(verdictOf('baseline.logging.audit-trail-all-regions', subscription(), [b])).toBe('fail');
    // A setting on a resource is not an activity-log setting.
    expect(map(iacResource('azurerm_monitor_diagnostic_setting', 'kv', { name: 'kv', target_resource_id: ref('azurerm_key_vault.kv'), enabled_log: [{ category: 'AuditEvent' }] }, pc))).toEqual([]);
  });

  it('Defender plans and security contacts: one settings asset per subscription with the declared entries', () => {
    const assets = map(
      child('azurerm_security_center_subscription_pricing', 'vm', { tier: 'Standard', resource_type: 'VirtualMachines', subplan: 'P2' }),
      child('azurerm_security_center_subscription_pricing', 'st', { tier: 'Free', resource_type: 'StorageAccounts' }),
      child('azurerm_security_center_contact', 'c', { name: 'default1', email: 'secops@example.com', alert_notifications: true, alerts_to_admins: false }),
    );
    const plans = one(assets, 'Microsoft.Security/pricings');
    expect(plans).toMatchObject({ id: `/subscriptions/${SUB}/providers/Microsoft.Security/pricings`, name: 'pricings', kind: 'account.setting', region: 'global' });
    expect(plans.config.defenderPlans).toEqual([expect.objectContaining({ name: 'VirtualMachines', pricingTier: 'Standard', subPlan: 'P2' }), expect.objectContaining({ name: 'StorageAccounts', pricingTier: 'Free' })]);
    expect(verdictOf('azure.defender.servers-plan-on', plans)).toBe('pass');
    expect(verdictOf('azure.defender.storage-plan-on', plans)).toBe('fail');
    // A plan the configuration does not declare is not known.
    expect(verdictOf('azure.defender.key-vault-plan-on', plans)).toBe('unknown');
    const contacts = one(assets, 'Microsoft.Security/securityContacts');
    expect(contacts.config.securityContacts).toEqual([expect.objectContaining({ email: 'secops@example.com', alertNotifications: 'On', alertsToAdmins: 'Off' })]);
    expect(verdictOf('azure.defender.security-contact-email-set', contacts)).toBe('pass');
    expect(verdictOf('azure.defender.alerts-notify-owners', contacts)).toBe('fail');
  });
});

describe('AKS and App Service', () => {
  it('AKS: public API server by default; private or KMS-encrypted clusters pass', () => {
    const aks = (values: Record<string, unknown>) => res('azurerm_kubernetes_cluster', 'aks', { name: 'aks-app', dns_prefix: 'aks', default_node_pool: [{ name: 'system', node_count: 1, vm_size: 'Standard_D2s_v3' }], identity: [{ type: 'SystemAssigned' }], ...values });
    const open = one(map(aks({})), 'Microsoft.ContainerService/managedClusters');
    expect(open).toMatchObject({ id: `${RG}/Microsoft.ContainerService/managedClusters/aks-app`, kind: 'container.cluster' });
    expect(open.config.cluster).toMatchObject({ enableRbac: true, disableLocalAccounts: false, apiServerAccessProfile: { enablePrivateCluster: false } });
    expect(verdictOf('baseline.container.cluster-api-not-public', open)).toBe('fail');
    expect(verdictOf('azure.aks.rbac-enabled', open)).toBe('pass');
    expect(verdictOf('azure.aks.network-policy-configured', open)).toBe('fail');
    const locked = one(map(aks({ private_cluster_enabled: true, local_account_disabled: true, network_profile: [{ network_plugin: 'azure', network_policy: 'calico' }], key_management_service: [{ key_vault_key_id: ref('azurerm_key_vault_key.k') }] })), 'Microsoft.ContainerService/managedClusters');
    expect(verdictOf('baseline.container.cluster-api-not-public', locked)).toBe('pass');
    expect(verdictOf('baseline.container.cluster-secrets-encrypted', locked)).toBe('pass');
    expect(verdictOf('azure.aks.local-accounts-disabled', locked)).toBe('pass');
    expect(verdictOf('azure.aks.network-policy-configured', locked)).toBe('pass');
    const ranges = one(map(aks({ api_server_access_profile: [{ authorized_ip_ranges: ['203.0.113.0/24'] }] })), 'Microsoft.ContainerService/managedClusters');
    expect(verdictOf('baseline.container.cluster-api-not-public', ranges)).toBe('pass');
  });

  it('web apps: provider defaults for the site config; the legacy app service keeps ARM\'s FTP default', () => {
    const app = (type: string, values: Record<string, unknown>) => res(type, 'web', { name: 'web-app', service_plan_id: ref('azurerm_service_plan.p'), site_config: [{}], ...values });
    const linux = one(map(app('azurerm_linux_web_app', { https_only: true, identity: [{ type: 'SystemAssigned' }], auth_settings_v2: [{ auth_enabled: true, require_authentication: true }] })), 'Microsoft.Web/sites');
    expect(linux).toMatchObject({ id: `${RG}/Microsoft.Web/sites/web-app`, kind: 'compute.web-app' });
    expect(linux.config.site).toMatchObject({ kind: 'app,linux', httpsOnly: true, identity: { type: 'SystemAssigned' } });
    expect(linux.config.config).toMatchObject({ minTlsVersion: '1.2', ftpsState: 'Disabled', http20Enabled: false, remoteDebuggingEnabled: false });
    for (const [rule, want] of [
      ['azure.appservice.https-only', 'pass'],
      ['azure.appservice.minimum-tls-1-2', 'pass'],
      ['azure.appservice.ftp-disabled', 'pass'],
      ['azure.appservice.http2-enabled', 'fail'],
      ['azure.appservice.authentication-enabled', 'pass'],
      ['azure.appservice.managed-identity-enabled', 'pass'],
    ])
      expect([rule, verdictOf(rule!, linux)]).toEqual([rule, want]);
    const legacy = one(map(app('azurerm_app_service', { app_service_plan_id: 'x', site_config: [{ min_tls_version: '1.0' }] })), 'Microsoft.Web/sites');
    expect(legacy.config.config).toMatchObject({ minTlsVersion: '1.0', ftpsState: 'AllAllowed' });
    expect(verdictOf('azure.appservice.ftp-disabled', legacy)).toBe('fail');
    expect(verdictOf('azure.appservice.minimum-tls-1-2', legacy)).toBe('fail');
    expect(verdictOf('azure.appservice.https-only', legacy)).toBe('fail');
    expect(verdictOf('azure.appservice.authentication-enabled', legacy)).toBe('fail');
  });
});

describe('the mapper', () => {
  it('claims every type it reads, each once, all azurerm_', () => {
    const types = azurermMappers.flatMap((m) => m.types);
    expect(new Set(types).size).toBe(types.length);
    expect(types.every((t) => t.startsWith('azurerm_'))).toBe(true);
    for (const t of ['azurerm_storage_account', 'azurerm_storage_container', 'azurerm_network_security_rule', 'azurerm_mssql_server_transparent_data_encryption', 'azurerm_key_vault_secret', 'azurerm_monitor_diagnostic_setting', 'azurerm_cosmosdb_account', 'azurerm_app_service']) expect(types).toContain(t);
  });

  it('keeps resources of different module instances apart and maps 1,000 resources quickly', () => {
    const rs: IacResource[] = [];
    for (let i = 0; i < 250; i++) {
      const module = `module.m[${i}]`;
      rs.push(iacResource('azurerm_storage_account', 'sa', { name: `st${i}`, resource_group_name: 'rg', location: 'westeurope', account_tier: 'Standard', account_replication_type: 'LRS' }, { ...PC, module }));
      rs.push(iacResource('azurerm_storage_container', 'c', { name: 'c', storage_account_id: ref(`${module}.azurerm_storage_account.sa`), container_access_type: i % 2 ? 'blob' : 'private' }, { ...PC, module }));
      rs.push(iacResource('azurerm_network_security_group', 'n', { name: `nsg${i}`, resource_group_name: 'rg', location: 'westeurope', security_rule: [] }, { ...PC, module }));
      rs.push(iacResource('azurerm_network_security_rule', 'r', { name: 'ssh', network_security_group_name: `nsg${i}`, resource_group_name: 'rg', priority: 100, direction: 'Inbound', access: 'Allow', protocol: 'Tcp', source_port_range: '*', destination_port_range: '22', source_address_prefix: '*', destination_address_prefix: '*' }, { ...PC, module }));
    }
    const started = performance.now();
    const assets = mapAzurerm(rs, mapContext());
    // A guard against quadratic joins (well under 100 ms on an idle machine; generous for loaded CI).
    expect(performance.now() - started).toBeLessThan(1500);
    expect(assets).toHaveLength(750);
    const c7 = assets.find((a) => a.id.endsWith('/storageAccounts/st7/blobServices/default/containers/c'));
    expect(c7?.config.container).toMatchObject({ publicAccess: 'Blob' });
    expect(c7?.name).toBe('st7/c');
    const n7 = assets.find((a) => a.name === 'nsg7');
    expect((n7?.config.nsg as { securityRules: unknown[] }).securityRules).toHaveLength(1);
  });
});
