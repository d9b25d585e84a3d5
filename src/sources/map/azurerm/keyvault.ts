/**
 * Key Vaults (with access policies, private endpoints and diagnostic settings), their keys and their
 * secrets, as the `azure.keyvault.*` collectors store them: the arm-keyvault Vault model keeps its
 * `properties` nested; key attributes carry Unix seconds, secret attributes ISO dates; never a value.
 */
import type { Asset } from '../../../core/asset.js';
import { isUnknown, type IacResource } from '../../model.js';
import { block, blocks, knownString, tagMap, type MapContext } from '../kit.js';
import { builder, enabledDisabled, list, loose, mapList, or, unixSeconds, type Graph } from './common.js';
import { settingsByTarget, settingsOn } from './diagnostics.js';
import { privateEndpointsByTarget } from './storage.js';

export const KEY_VAULT = 'Microsoft.KeyVault/vaults';
export const KEY_VAULT_KEY = 'Microsoft.KeyVault/vaults/keys';
export const KEY_VAULT_SECRET = 'Microsoft.KeyVault/vaults/secrets';

export const KEYVAULT_TYPES = ['azurerm_key_vault', 'azurerm_key_vault_key', 'azurerm_key_vault_secret', 'azurerm_key_vault_access_policy'] as const;
const VAULT = ['azurerm_key_vault'];

/**
 * A Key Vault key reference as a key URI (`https://<vault>.vault.azure.net/keys/<key>`, the key's
 * `versionless_id`) when the vault and key names are known; a known string as is; else its reference id.
 */
export function keyUri(value: unknown, g: Graph): unknown {
  if (!isUnknown(value)) return value;
  const key = g.targets(value, ['azurerm_key_vault_key'])[0];
  const vault = key ? g.parentOf(key, VAULT, ['key_vault_id']) : undefined;
  const vn = knownString(vault?.values.name);
  const kn = knownString(key?.values.name);
  return vn && kn ? `https://${vn}.vault.azure.net/keys/${kn}` : g.refId(value);
}

function accessPolicy(p: Record<string, unknown>): Record<string, unknown> {
  return {
    tenantId: loose(p.tenant_id),
    objectId: loose(p.object_id),
    ...(p.application_id !== undefined ? { applicationId: loose(p.application_id) } : {}),
    permissions: { keys: list(p.key_permissions), secrets: list(p.secret_permissions), certificates: list(p.certificate_permissions), storage: list(p.storage_permissions) },
  };
}

function vaultModel(r: IacResource, g: Graph, id: string | undefined, policies: IacResource[], endpoints: IacResource[]): Record<string, unknown> {
  const v = r.values;
  const acls = block(v.network_acls);
  const name = knownString(v.name);
  const rbac = v.rbac_authorization_enabled ?? v.enable_rbac_authorization;
  const inline = v.access_policy;
  return {
    ...(id ? { id } : {}),
    name: loose(v.name),
    type: KEY_VAULT,
    location: loose(v.location),
    ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
    properties: {
      tenantId: loose(v.tenant_id),
      sku: { family: 'A', name: v.sku_name },
      accessPolicies: isUnknown(inline) ? inline : [...blocks(inline).map(accessPolicy), ...policies.map((p) => accessPolicy(p.values))],
      ...(name ? { vaultUri: `https://${name}.vault.azure.net/` } : {}),
      enabledForDeployment: or(v.enabled_for_deployment, false),
      enabledForDiskEncryption: or(v.enabled_for_disk_encryption, false),
      enabledForTemplateDeployment: or(v.enabled_for_template_deployment, false),
      // Soft delete cannot be turned off on new vaults (v2's soft_delete_enabled = false is refused since 2020).
      enableSoftDelete: v.soft_delete_enabled === false ? false : true,
      softDeleteRetentionInDays: or(v.soft_delete_retention_days, 90),
      enableRbacAuthorization: or(rbac, false),
      // ARM leaves enablePurgeProtection out while it is off.
      ...(v.purge_protection_enabled === true || isUnknown(v.purge_protection_enabled) ? { enablePurgeProtection: v.purge_protection_enabled } : {}),
      ...(acls
        ? {
            networkAcls: {
              bypass: acls.bypass,
              defaultAction: acls.default_action,
              ipRules: mapList(acls.ip_rules, (ip) => ({ value: ip })),
              virtualNetworkRules: mapList(acls.virtual_network_subnet_ids, (s) => ({ id: g.refId(s) })),
            },
          }
        : {}),
      publicNetworkAccess: enabledDisabled(v.public_network_access_enabled, true),
      privateEndpointConnections: endpoints.map((e) => ({
        privateEndpoint: { id: g.id(e) },
        privateLinkServiceConnectionState: { status: blocks(e.values.private_service_connection).some((c) => c.is_manual_connection === true) ? 'Pending' : 'Approved' },
      })),
    },
  };
}

/** The Key model from `azurerm_key_vault_key` (rotation policy as ARM's KeyRotationPolicy). */
function keyModel(k: IacResource, id: string, vaultName: string | undefined): Record<string, unknown> {
  const v = k.values;
  const rp = block(v.rotation_policy);
  const auto = block(rp?.automatic);
  const name = knownString(v.name);
  const actions: unknown[] = [];
  if (auto) actions.push({ trigger: { ...(auto.time_after_creation !== undefined ? { timeAfterCreate: auto.time_after_creation } : {}), ...(auto.time_before_expiry !== undefined ? { timeBeforeExpiry: auto.time_before_expiry } : {}) }, action: { type: 'rotate' } });
  if (rp?.notify_before_expiry !== undefined) actions.push({ trigger: { timeBeforeExpiry: rp.notify_before_expiry }, action: { type: 'notify' } });
  return {
    id,
    name: v.name,
    type: KEY_VAULT_KEY,
    ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
    attributes: {
      enabled: true,
      ...(v.not_before_date !== undefined ? { notBefore: unixSeconds(v.not_before_date) } : {}),
      ...(v.expiration_date !== undefined ? { expires: unixSeconds(v.expiration_date) } : {}),
    },
    kty: v.key_type,
    keyOps: list(v.key_opts),
    ...(v.key_size !== undefined ? { keySize: v.key_size } : {}),
    ...(v.curve !== undefined ? { curveName: v.curve } : {}),
    ...(vaultName && name ? { keyUri: `https://${vaultName}.vault.azure.net/keys/${name}` } : {}),
    ...(rp ? { rotationPolicy: { ...(rp.expire_after !== undefined ? { attributes: { expiryTime: rp.expire_after } } : {}), lifetimeActions: actions } } : {}),
  };
}

function secretModel(s: IacResource, id: string, vaultName: string | undefined): Record<string, unknown> {
  const v = s.values;
  const name = knownString(v.name);
  const iso = (x: unknown) => (typeof x === 'string' && !Number.isNaN(Date.parse(x)) ? new Date(x).toISOString() : x);
  return {
    id,
    name: v.name,
    type: KEY_VAULT_SECRET,
    ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
    properties: {
      attributes: {
        enabled: true,
        ...(v.not_before_date !== undefined ? { notBefore: iso(v.not_before_date) } : {}),
        ...(v.expiration_date !== undefined ? { expires: iso(v.expiration_date) } : {}),
      },
      ...(v.content_type !== undefined ? { contentType: v.content_type } : {}),
      ...(vaultName && name ? { secretUri: `https://${vaultName}.vault.azure.net/secrets/${name}` } : {}),
    },
  };
}

export function mapKeyVault(g: Graph, ctx: MapContext): Asset[] {
  const out: Asset[] = [];
  const vaults = g.of('azurerm_key_vault');
  if (vaults.length + g.of('azurerm_key_vault_key').length + g.of('azurerm_key_vault_secret').length === 0) return out;
  const policies = g.childrenBy('azurerm_key_vault_access_policy', VAULT, ['key_vault_id']);
  const endpoints = privateEndpointsByTarget(g, VAULT);
  const diag = settingsByTarget(g, VAULT);
  const built = new Map<IacResource, Asset>();
  for (const r of vaults) {
    const id = g.armId(r);
    const b = builder(r, g, ctx, { type: KEY_VAULT, kind: 'crypto.vault', service: 'keyvault' });
    b.aspect('vault', () => vaultModel(r, g, id, policies.get(r) ?? [], endpoints.get(r) ?? []));
    b.aspect('diagnosticSettings', () => settingsOn(diag.get(r), '', g, id));
    const a = b.build();
    built.set(r, a);
    out.push(a);
  }
  const items: Array<[string, string, string, 'key' | 'secret']> = [
    ['azurerm_key_vault_key', KEY_VAULT_KEY, 'crypto.key', 'key'],
    ['azurerm_key_vault_secret', KEY_VAULT_SECRET, 'secret', 'secret'],
  ];
  for (const [tf, type, kind, aspect] of items) {
    for (const k of g.of(tf)) {
      const vault = g.parentOf(k, VAULT, ['key_vault_id']);
      const va = vault ? built.get(vault) : undefined;
      const vaultName = knownString(vault?.values.name);
      const name = knownString(k.values.name);
      // Under the vault's id even when that is an `iac:` id, so rules find the vault an item belongs to.
      const parentId = va?.id ?? (vault ? g.armId(vault) : undefined);
      const id = parentId && name ? `${parentId}/${aspect === 'key' ? 'keys' : 'secrets'}/${name}` : undefined;
      const b = builder(k, g, ctx, { type, kind, service: 'keyvault', name: `${vaultName ?? '?'}/${name ?? k.name}`, ...(id ? { id } : {}), ...(va ? { region: va.region } : {}) });
      const itemId = id ?? b.build().id;
      b.aspect(aspect, () => (aspect === 'key' ? keyModel(k, itemId, vaultName) : secretModel(k, itemId, vaultName)));
      out.push(b.build());
    }
  }
  return out;
}
