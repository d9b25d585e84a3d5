/**
 * `azurerm_storage_account` (with `azurerm_storage_account_network_rules`,
 * `azurerm_storage_account_customer_managed_key`, private endpoints and blob-service diagnostic settings)
 * and `azurerm_storage_container`, as the `azure.storage.accounts` collector stores them: the account with
 * aspects `account` (StorageAccount), `blobService` (BlobServiceProperties), `diagnosticSettings`; each
 * container with `container` (ListContainerItem) and copies of its account's three aspects.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, type IacResource } from '../../model.js';
import { block, blocks, knownString, tagMap, type MapContext } from '../kit.js';
import { builder, copyAspect, enabledDisabled, list, loose, or, type Graph } from './common.js';
import { settingsByTarget, settingsOn } from './diagnostics.js';

export const STORAGE_ACCOUNT = 'Microsoft.Storage/storageAccounts';
export const BLOB_CONTAINER = 'Microsoft.Storage/storageAccounts/blobServices/containers';

export const STORAGE_TYPES = ['azurerm_storage_account', 'azurerm_storage_container', 'azurerm_storage_account_network_rules', 'azurerm_storage_account_customer_managed_key'] as const;
const ACCOUNT_ATTRS = ['storage_account_id', 'storage_account_name'];

const ACCESS: Record<string, string> = { private: 'None', blob: 'Blob', container: 'Container' };

/** azurerm v3 spellings, which tell the provider major version (v3 and v4 defaults differ). */
const V3_ONLY = ['enable_https_traffic_only', 'allow_blob_public_access'];

/** The NetworkRuleSet of a `network_rules` block or resource; ARM's own default when none is set. */
function networkRuleSet(nr: Record<string, unknown> | undefined, g: Graph): Record<string, unknown> {
  if (!nr) return { bypass: 'AzureServices', virtualNetworkRules: [], ipRules: [], defaultAction: 'Allow' };
  const bypass = nr.bypass;
  const ips = list(nr.ip_rules);
  const subnets = list(nr.virtual_network_subnet_ids);
  return {
    bypass: isUnknown(bypass) ? bypass : Array.isArray(bypass) ? (bypass.length ? bypass.join(', ') : 'None') : or(bypass, 'AzureServices'),
    virtualNetworkRules: isUnknown(subnets) ? subnets : subnets.map((s) => ({ virtualNetworkResourceId: g.refId(s), action: 'Allow' })),
    ipRules: isUnknown(ips) ? ips : ips.map((ip) => ({ iPAddressOrRange: ip, action: 'Allow' })),
    resourceAccessRules: blocks(nr.private_link_access).map((p) => ({ resourceId: g.refId(p.endpoint_resource_id), tenantId: p.endpoint_tenant_id })),
    defaultAction: nr.default_action,
  };
}

function accountModel(r: IacResource, g: Graph, id: string, extras: { rules?: IacResource; cmk?: IacResource; endpoints: IacResource[] }): Record<string, unknown> {
  const v = r.values;
  const v3 = V3_ONLY.some((k) => v[k] !== undefined);
  const v4 = ['https_traffic_only_enabled'].some((k) => v[k] !== undefined);
  const cmkBlock = block(v.customer_managed_key);
  const cmk = extras.cmk?.values;
  const keySource = cmkBlock || cmk ? 'Microsoft.Keyvault' : 'Microsoft.Storage';
  const keyName = knownString(cmk?.key_name);
  const tier = v.account_tier;
  const repl = v.account_replication_type;
  const kind = or(v.account_kind, 'StorageV2');
  const sas = block(v.sas_policy);
  const model: Record<string, unknown> = {
    id,
    name: loose(v.name),
    type: STORAGE_ACCOUNT,
    location: loose(v.location),
    kind,
    sku: { name: typeof tier === 'string' && typeof repl === 'string' ? `${tier}_${repl}` : isUnknown(tier) ? tier : repl, tier },
    minimumTlsVersion: or(v.min_tls_version, 'TLS1_2'),
    enableHttpsTrafficOnly: or(v.https_traffic_only_enabled ?? v.enable_https_traffic_only, true),
    // allow_nested_items_to_be_public (v3, v4; v2: allow_blob_public_access) defaults to true.
    allowBlobPublicAccess: v.allow_nested_items_to_be_public ?? v.allow_blob_public_access ?? true,
    allowSharedKeyAccess: or(v.shared_access_key_enabled, true),
    publicNetworkAccess: enabledDisabled(v.public_network_access_enabled, true),
    defaultToOAuthAuthentication: or(v.default_to_oauth_authentication, false),
    isHnsEnabled: or(v.is_hns_enabled, false),
    isSftpEnabled: or(v.sftp_enabled, false),
    isLocalUserEnabled: or(v.local_user_enabled, true),
    networkRuleSet: networkRuleSet(extras.rules ? extras.rules.values : block(v.network_rules), g),
    encryption: {
      keySource,
      requireInfrastructureEncryption: or(v.infrastructure_encryption_enabled, false),
      services: { blob: { enabled: true, keyType: 'Account' }, file: { enabled: true, keyType: 'Account' } },
      ...(keySource === 'Microsoft.Keyvault' && keyName ? { keyVaultProperties: { keyName } } : {}),
    },
    privateEndpointConnections: extras.endpoints.map((e) => ({
      privateEndpoint: { id: g.id(e) },
      privateLinkServiceConnectionState: { status: blocks(e.values.private_service_connection).some((c) => c.is_manual_connection === true) ? 'Pending' : 'Approved' },
    })),
  };
  if (v.access_tier !== undefined || kind === 'StorageV2' || kind === 'BlobStorage') model.accessTier = or(v.access_tier, 'Hot');
  // cross_tenant_replication_enabled defaults to true in v3 and false in v4: unset, only a v3 spelling tells.
  if (v.cross_tenant_replication_enabled !== undefined) model.allowCrossTenantReplication = v.cross_tenant_replication_enabled;
  else if (v3 && !v4) model.allowCrossTenantReplication = true;
  if (sas) model.sasPolicy = { sasExpirationPeriod: sas.expiration_period, expirationAction: or(sas.expiration_action, 'Log') };
  if (v.tags !== undefined) model.tags = tagMap(v.tags);
  return model;
}

/** BlobServiceProperties from `blob_properties` (versioning, blob and container soft delete, change feed). */
function blobServiceModel(id: string, bp: Record<string, unknown>): Record<string, unknown> {
  const retention = (b: Record<string, unknown> | undefined) => (b ? { enabled: true, days: or(b.days, 7) } : { enabled: false });
  return {
    id: `${id}/blobServices/default`,
    name: 'default',
    type: 'Microsoft.Storage/storageAccounts/blobServices',
    isVersioningEnabled: or(bp.versioning_enabled, false),
    changeFeed: { enabled: or(bp.change_feed_enabled, false), ...(bp.change_feed_retention_in_days !== undefined ? { retentionInDays: bp.change_feed_retention_in_days } : {}) },
    deleteRetentionPolicy: retention(block(bp.delete_retention_policy)),
    containerDeleteRetentionPolicy: retention(block(bp.container_delete_retention_policy)),
    ...(bp.last_access_time_enabled !== undefined ? { lastAccessTimeTrackingPolicy: { enable: bp.last_access_time_enabled } } : {}),
    ...(bp.default_service_version !== undefined ? { defaultServiceVersion: bp.default_service_version } : {}),
  };
}

export function mapStorage(g: Graph, ctx: MapContext): Asset[] {
  const out: Asset[] = [];
  const accounts = g.of('azurerm_storage_account');
  if (accounts.length === 0 && g.of('azurerm_storage_container').length === 0) return out;
  const rules = g.childrenBy('azurerm_storage_account_network_rules', ['azurerm_storage_account'], ACCOUNT_ATTRS);
  const cmks = g.childrenBy('azurerm_storage_account_customer_managed_key', ['azurerm_storage_account'], ACCOUNT_ATTRS);
  const endpoints = privateEndpointsByTarget(g, ['azurerm_storage_account']);
  const diag = settingsByTarget(g, ['azurerm_storage_account']);
  const built = new Map<IacResource, Asset>();

  for (const r of accounts) {
    const id = g.id(r);
    const b = builder(r, g, ctx, { type: STORAGE_ACCOUNT, kind: 'storage.account', service: 'storage' });
    b.aspect('account', () => accountModel(r, g, id, { rules: rules.get(r)?.[0], cmk: cmks.get(r)?.[0], endpoints: endpoints.get(r) ?? [] }));
    const kind = r.values.account_kind;
    const bp = block(r.values.blob_properties);
    if (kind === 'FileStorage') b.aspect('blobService', () => null);
    else if (isUnknown(kind)) b.unknown('blobService', kind);
    else if (bp) b.aspect('blobService', () => blobServiceModel(id, bp));
    else b.defaulted('blobService', blobServiceModel(id, {}));
    b.aspect('diagnosticSettings', () => settingsOn(diag.get(r), '/blobservices/default', g, `${id}/blobServices/default`, true));
    const a = b.build();
    built.set(r, a);
    out.push(a);
  }

  for (const c of g.of('azurerm_storage_container')) {
    const parent = g.parentOf(c, ['azurerm_storage_account'], ACCOUNT_ATTRS);
    const acct = parent ? built.get(parent) : undefined;
    const accountName = knownString(parent?.values.name) ?? knownString(c.values.storage_account_name) ?? acct?.name ?? '?';
    const cname = knownString(c.values.name) ?? c.name;
    const b = builder(c, g, ctx, { type: BLOB_CONTAINER, kind: 'storage.bucket', service: 'storage', name: `${accountName}/${cname}`, ...(acct ? { region: acct.region, tags: acct.tags } : { tags: {} }) });
    b.aspect('container', () => {
      const access = c.values.container_access_type;
      return {
        ...(g.armId(c) ? { id: g.armId(c) } : {}),
        name: c.values.name,
        type: BLOB_CONTAINER,
        publicAccess: isUnknown(access) ? access : (ACCESS[String(access ?? 'private').toLowerCase()] ?? access),
        ...(c.values.default_encryption_scope !== undefined ? { defaultEncryptionScope: c.values.default_encryption_scope } : {}),
        ...(c.values.encryption_scope_override_enabled !== undefined ? { denyEncryptionScopeOverride: c.values.encryption_scope_override_enabled === false } : {}),
        hasImmutabilityPolicy: false,
        hasLegalHold: false,
        ...(c.values.metadata !== undefined ? { metadata: c.values.metadata } : {}),
      };
    });
    if (!acct) {
      const why = `the storage account of ${c.address} is not in this configuration`;
      for (const k of ['account', 'blobService', 'diagnosticSettings']) b.setGap(k, 'NotInConfiguration', why);
    }
    const a = b.build();
    if (acct) for (const k of ['account', 'blobService', 'diagnosticSettings']) copyAspect(acct, a, k);
    out.push(a);
  }
  return out;
}

/** `azurerm_private_endpoint`s by the resource their `private_service_connection` connects to. */
export function privateEndpointsByTarget(g: Graph, types: readonly string[]): Map<IacResource, IacResource[]> {
  const out = new Map<IacResource, IacResource[]>();
  for (const e of g.of('azurerm_private_endpoint')) {
    for (const conn of blocks(e.values.private_service_connection)) {
      for (const t of g.targets(conn.private_connection_resource_id, types)) {
        const l = out.get(t);
        if (l) {
          if (!l.includes(e)) l.push(e);
        } else out.set(t, [e]);
      }
    }
  }
  return out;
}
