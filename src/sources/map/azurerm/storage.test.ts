import { describe, expect, it } from 'vitest';
import type { Asset } from '../../../core/asset.js';
import { Unknown, type IacResource } from '../../model.js';
import { iacResource, mapContext, verdictOf, unknownRef as ref, oneOfType as one } from '../../../../test/support/iac.js';
import { mapAzurerm } from './index.js';

const SUB = '00000000-0000-0000-0000-0000000000aa';
const PC = { providerConfig: { subscription_id: SUB } };
const ACCT_ID = `/subscriptions/${SUB}/resourceGroups/rg-data/providers/Microsoft.Storage/storageAccounts/stdata`;

const account = (values: Record<string, unknown> = {}, extra: Partial<IacResource> = PC) =>
  iacResource('azurerm_storage_account', 'sa', { name: 'stdata', resource_group_name: 'rg-data', location: 'West Europe', account_tier: 'Standard', account_replication_type: 'GRS', ...values }, extra);
const container = (name: string, values: Record<string, unknown>, extra: Partial<IacResource> = PC) => iacResource('azurerm_storage_container', name, { name, storage_account_id: ref('azurerm_storage_account.sa'), ...values }, extra);

function map(...rs: IacResource[]): Asset[] {
  return mapAzurerm(rs, mapContext());
}
const byType = (assets: Asset[], type: string) => assets.filter((a) => a.type === type);

describe('azurerm_storage_account', () => {
  it('gets the ARM id, type, kind, region and subscription of the live asset, with provider defaults filled', () => {
    const a = one(map(account({ tags: { env: 'prod' } })), 'Microsoft.Storage/storageAccounts');
    expect(a).toMatchObject({ id: ACCT_ID, kind: 'storage.account', name: 'stdata', account: SUB, region: 'westeurope', tags: { env: 'prod' } });
    expect(a.source).toMatchObject({ type: 'iac', file: 'main.tf', address: 'azurerm_storage_account.sa' });
    expect(a.config.account).toMatchObject({
      id: ACCT_ID,
      sku: { name: 'Standard_GRS', tier: 'Standard' },
      kind: 'StorageV2',
      minimumTlsVersion: 'TLS1_2',
      enableHttpsTrafficOnly: true,
      allowBlobPublicAccess: true,
      allowSharedKeyAccess: true,
      publicNetworkAccess: 'Enabled',
      networkRuleSet: { defaultAction: 'Allow', bypass: 'AzureServices', ipRules: [] },
      encryption: { keySource: 'Microsoft.Storage', requireInfrastructureEncryption: false },
      privateEndpointConnections: [],
    });
    // v3 defaults cross-tenant replication on, v4 off: with nothing telling the version it is left unset.
    expect(a.config.account).not.toHaveProperty('allowCrossTenantReplication');
    expect(a.config.blobService).toMatchObject({ isVersioningEnabled: false, deleteRetentionPolicy: { enabled: false }, containerDeleteRetentionPolicy: { enabled: false } });
    expect(a.provenance?.blobService).toBe('azure:parapet:DocumentedDefault');
    expect(a.config.diagnosticSettings).toEqual([]);
    expect(a.gaps).toEqual({});
  });

  it('reads the v3 spellings and v3 defaults', () => {
    const a = one(map(account({ enable_https_traffic_only: false, allow_nested_items_to_be_public: false })), 'Microsoft.Storage/storageAccounts');
    expect(a.config.account).toMatchObject({ enableHttpsTrafficOnly: false, allowBlobPublicAccess: false, allowCrossTenantReplication: true });
    expect(verdictOf('azure.storage.secure-transfer-required', a)).toBe('fail');
    expect(verdictOf('azure.storage.blob-anonymous-access-disabled', a)).toBe('pass');
    expect(verdictOf('azure.storage.cross-tenant-replication-disabled', a)).toBe('fail');
  });

  it('judges minimum TLS like the live asset: TLS1_0 fails, the v4 default passes, an unknown value is unknown', () => {
    expect(verdictOf('azure.storage.minimum-tls-1-2', one(map(account({ min_tls_version: 'TLS1_0' })), 'Microsoft.Storage/storageAccounts'))).toBe('fail');
    expect(verdictOf('azure.storage.minimum-tls-1-2', one(map(account()), 'Microsoft.Storage/storageAccounts'))).toBe('pass');
    const u = one(map(account({ min_tls_version: new Unknown('variable tls without value') })), 'Microsoft.Storage/storageAccounts');
    expect(u.config.account).toBeUndefined();
    expect(u.gaps.account).toMatchObject({ code: 'UnknownUntilApply', service: 'storage', resource: 'azurerm_storage_account.sa' });
    expect(verdictOf('azure.storage.minimum-tls-1-2', u)).toBe('unknown');
  });

  it('without a subscription the ARM id cannot be built: iac id and unknown account', () => {
    const a = one(map(account({}, {})), 'Microsoft.Storage/storageAccounts');
    expect(a.id).toBe('iac:.#azurerm_storage_account.sa');
    expect(a.account).toBe('unknown');
    expect(a.region).toBe('westeurope');
  });

  it('merges network rules, customer-managed key and blob properties from their own resources and blocks', () => {
    const assets = map(
      account({
        infrastructure_encryption_enabled: true,
        blob_properties: [{ versioning_enabled: true, delete_retention_policy: [{ days: 14 }], container_delete_retention_policy: [{}] }],
      }),
      iacResource('azurerm_storage_account_network_rules', 'rules', { storage_account_id: ref('azurerm_storage_account.sa'), default_action: 'Deny', bypass: ['AzureServices', 'Logging'], ip_rules: ['203.0.113.0/24'], virtual_network_subnet_ids: [ref('azurerm_subnet.app')] }, PC),
      iacResource('azurerm_storage_account_customer_managed_key', 'cmk', { storage_account_id: ref('azurerm_storage_account.sa'), key_vault_id: ref('azurerm_key_vault.kv'), key_name: 'stkey' }, PC),
    );
    expect(assets).toHaveLength(1);
    const a = assets[0]!;
    expect(a.config.account).toMatchObject({
      networkRuleSet: { defaultAction: 'Deny', bypass: 'AzureServices, Logging', ipRules: [{ iPAddressOrRange: '203.0.113.0/24', action: 'Allow' }], virtualNetworkRules: [{ virtualNetworkResourceId: 'iac:.#azurerm_subnet.app', action: 'Allow' }] },
      encryption: { keySource: 'Microsoft.Keyvault', requireInfrastructureEncryption: true, keyVaultProperties: { keyName: 'stkey' } },
    });
    expect(a.config.blobService).toMatchObject({ isVersioningEnabled: true, deleteRetentionPolicy: { enabled: true, days: 14 }, containerDeleteRetentionPolicy: { enabled: true, days: 7 } });
    expect(a.provenance?.blobService).toBeUndefined();
    for (const rule of ['azure.storage.default-network-access-deny', 'azure.storage.trusted-services-bypass-enabled', 'azure.storage.customer-managed-key-encryption', 'azure.storage.infrastructure-encryption-enabled', 'azure.storage.blob-versioning-enabled', 'azure.storage.blob-soft-delete-enabled', 'azure.storage.container-soft-delete-enabled'])
      expect([rule, verdictOf(rule, a)]).toEqual([rule, 'pass']);
    const plain = one(map(account()), 'Microsoft.Storage/storageAccounts');
    for (const rule of ['azure.storage.default-network-access-deny', 'azure.storage.customer-managed-key-encryption', 'azure.storage.blob-versioning-enabled', 'azure.storage.blob-soft-delete-enabled'])
      expect([rule, verdictOf(rule, plain)]).toEqual([rule, 'fail']);
  });

  it('an inline network_rules block is read the same way', () => {
    const a = one(map(account({ network_rules: [{ default_action: 'Deny', ip_rules: [] }] })), 'Microsoft.Storage/storageAccounts');
    expect(a.config.account).toMatchObject({ networkRuleSet: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules: [] } });
  });

  it('a private endpoint connecting to the account becomes an approved connection', () => {
    const pe = iacResource('azurerm_private_endpoint', 'pe', { name: 'pe-st', resource_group_name: 'rg-data', location: 'westeurope', private_service_connection: [{ name: 'c', private_connection_resource_id: ref('azurerm_storage_account.sa'), is_manual_connection: false, subresource_names: ['blob'] }] }, PC);
    const a = one(map(account(), pe), 'Microsoft.Storage/storageAccounts');
    expect(verdictOf('azure.storage.private-endpoint-used', a)).toBe('pass');
    expect(verdictOf('azure.storage.private-endpoint-used', one(map(account()), 'Microsoft.Storage/storageAccounts'))).toBe('fail');
  });
});

describe('azurerm_storage_container', () => {
  it('becomes the container asset with its account aspects copied, and is judged publicly readable when Blob', () => {
    const assets = map(account(), container('public', { container_access_type: 'blob' }), container('private', {}));
    const containers = byType(assets, 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect(containers.map((c) => c.id)).toEqual([`${ACCT_ID}/blobServices/default/containers/public`, `${ACCT_ID}/blobServices/default/containers/private`]);
    const [pub, priv] = containers as [Asset, Asset];
    expect(pub).toMatchObject({ kind: 'storage.bucket', name: 'stdata/public', region: 'westeurope', account: SUB });
    expect(pub.config.container).toMatchObject({ name: 'public', publicAccess: 'Blob' });
    expect(priv.config.container).toMatchObject({ publicAccess: 'None' });
    const acct = one(assets, 'Microsoft.Storage/storageAccounts');
    for (const k of ['account', 'blobService', 'diagnosticSettings']) expect(pub.config[k]).toEqual(acct.config[k]);
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', pub)).toBe('fail');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', priv)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-secure-transport-only', pub)).toBe('pass');
  });

  it('a Container-level container of an account that forbids anonymous access is not publicly readable', () => {
    const assets = map(account({ allow_nested_items_to_be_public: false }), container('c', { container_access_type: 'container' }));
    const c = one(assets, 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect(c.config.container).toMatchObject({ publicAccess: 'Container' });
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', c)).toBe('pass');
  });

  it('joins a v3 container by storage_account_name', () => {
    const c = iacResource('azurerm_storage_container', 'v3', { name: 'logs', storage_account_name: 'stdata', container_access_type: 'private' }, PC);
    const found = one(map(account(), c), 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect(found.id).toBe(`${ACCT_ID}/blobServices/default/containers/logs`);
    expect(found.config.account).toBeDefined();
  });

  it('an unknown access level or an account outside the configuration makes the verdict unknown', () => {
    const u = one(map(account(), container('u', { container_access_type: new Unknown('variable access') })), 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect(u.gaps.container?.code).toBe('UnknownUntilApply');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', u)).toBe('unknown');
    const orphan = map(iacResource('azurerm_storage_container', 'o', { name: 'o', storage_account_name: 'elsewhere', container_access_type: 'blob' }, PC));
    expect(orphan).toHaveLength(1);
    expect(orphan[0]!.id).toBe('iac:.#azurerm_storage_container.o');
    expect(orphan[0]!.gaps.account?.code).toBe('NotInConfiguration');
    expect(verdictOf('baseline.storage.bucket-not-publicly-readable', orphan[0]!)).toBe('unknown');
  });

  it('blob-service diagnostic settings become the diagnosticSettings aspect (access logging)', () => {
    const setting = iacResource('azurerm_monitor_diagnostic_setting', 'blob', {
      name: 'blob-logs',
      target_resource_id: `${ACCT_ID}/blobServices/default`,
      log_analytics_workspace_id: ref('azurerm_log_analytics_workspace.w'),
      enabled_log: [{ category: 'StorageRead' }, { category: 'StorageWrite' }],
    });
    const assets = map(account(), container('c', {}), setting);
    const acct = one(assets, 'Microsoft.Storage/storageAccounts');
    expect(acct.config.diagnosticSettings).toEqual([
      expect.objectContaining({ name: 'blob-logs', workspaceId: 'iac:.#azurerm_log_analytics_workspace.w', logs: [{ category: 'StorageRead', enabled: true }, { category: 'StorageWrite', enabled: true }] }),
    ]);
    const c = one(assets, 'Microsoft.Storage/storageAccounts/blobServices/containers');
    expect(verdictOf('baseline.storage.bucket-access-logging-enabled', c)).toBe('pass');
    expect(verdictOf('baseline.storage.bucket-access-logging-enabled', one(map(account(), container('c', {})), 'Microsoft.Storage/storageAccounts/blobServices/containers'))).toBe('fail');
  });

  it('a setting whose target cannot be told (account or blob service) is a gap, not an empty list', () => {
    const setting = iacResource('azurerm_monitor_diagnostic_setting', 'x', { name: 'x', target_resource_id: ref('azurerm_storage_account.sa'), enabled_log: [{ category: 'StorageRead' }] });
    const acct = one(map(account(), setting), 'Microsoft.Storage/storageAccounts');
    expect(acct.gaps.diagnosticSettings?.code).toBe('UnknownUntilApply');
    // When the evaluator names the sub-resource in the reason, it is joined.
    const blob = iacResource('azurerm_monitor_diagnostic_setting', 'y', { name: 'y', target_resource_id: new Unknown('"${azurerm_storage_account.sa.id}/blobServices/default"', ['azurerm_storage_account.sa']), storage_account_id: ref('azurerm_storage_account.logs'), enabled_log: [{ category_group: 'allLogs' }] });
    const joined = one(map(account(), blob), 'Microsoft.Storage/storageAccounts');
    expect(joined.config.diagnosticSettings).toEqual([expect.objectContaining({ name: 'y', logs: [{ categoryGroup: 'allLogs', enabled: true }] })]);
  });
});
