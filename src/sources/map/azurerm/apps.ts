/**
 * AKS clusters (`azurerm_kubernetes_cluster` → ManagedCluster) and App Service apps
 * (`azurerm_linux_web_app`, `azurerm_windows_web_app`, legacy `azurerm_app_service` → Site, its
 * SiteConfigResource and SiteAuthSettingsV2), as the live collectors store them.
 */
import type { Asset } from '../../../core/asset.js';
import type { IacResource } from '../../model.js';
import { block, tagMap, type MapContext } from '../kit.js';
import { builder, enabledDisabled, list, loose, or, type Graph } from './common.js';
import { keyUri } from './keyvault.js';

export const MANAGED_CLUSTER = 'Microsoft.ContainerService/managedClusters';
export const WEB_SITE = 'Microsoft.Web/sites';

export const APP_TYPES = ['azurerm_kubernetes_cluster', 'azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_app_service'] as const;

function clusterModel(r: IacResource, g: Graph, id: string | undefined): Record<string, unknown> {
  const v = r.values;
  const api = block(v.api_server_access_profile);
  const ranges = api?.authorized_ip_ranges ?? v.api_server_authorized_ip_ranges;
  const aad = block(v.azure_active_directory_role_based_access_control);
  const net = block(v.network_profile);
  const kms = block(v.key_management_service);
  const oms = block(v.oms_agent);
  const pool = block(v.default_node_pool);
  const identity = block(v.identity);
  const profile: Record<string, unknown> = { enablePrivateCluster: or(v.private_cluster_enabled, false) };
  if (ranges !== undefined) profile.authorizedIPRanges = list(ranges);
  return {
    ...(id ? { id } : {}),
    name: loose(v.name),
    type: MANAGED_CLUSTER,
    location: loose(v.location),
    ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
    ...(v.kubernetes_version !== undefined ? { kubernetesVersion: v.kubernetes_version } : {}),
    ...(v.dns_prefix !== undefined ? { dnsPrefix: loose(v.dns_prefix) } : {}),
    enableRbac: or(v.role_based_access_control_enabled, true),
    ...(aad ? { aadProfile: { managed: true, enableAzureRbac: or(aad.azure_rbac_enabled, false), adminGroupObjectIDs: loose(list(aad.admin_group_object_ids)), tenantID: loose(aad.tenant_id) } } : {}),
    apiServerAccessProfile: profile,
    disableLocalAccounts: or(v.local_account_disabled, false),
    networkProfile: {
      networkPlugin: or(net?.network_plugin, 'kubenet'),
      ...(net?.network_policy !== undefined ? { networkPolicy: net.network_policy } : {}),
      ...(net?.network_plugin_mode !== undefined ? { networkPluginMode: net.network_plugin_mode } : {}),
      ...(net?.outbound_type !== undefined ? { outboundType: net.outbound_type } : { outboundType: 'loadBalancer' }),
    },
    addonProfiles: {
      ...(v.azure_policy_enabled !== undefined ? { azurepolicy: { enabled: v.azure_policy_enabled } } : {}),
      ...(oms ? { omsagent: { enabled: true, config: { logAnalyticsWorkspaceResourceID: g.refId(oms.log_analytics_workspace_id) } } } : {}),
    },
    securityProfile: kms ? { azureKeyVaultKms: { enabled: true, keyId: keyUri(kms.key_vault_key_id, g), keyVaultNetworkAccess: or(kms.key_vault_network_access, 'Public') } } : {},
    ...(identity ? { identity: { type: identity.type } } : {}),
    ...(pool ? { agentPoolProfiles: [{ name: pool.name, count: pool.node_count, vmSize: pool.vm_size, mode: 'System', enableNodePublicIP: or(pool.node_public_ip_enabled ?? pool.enable_node_public_ip, false), enableEncryptionAtHost: or(pool.host_encryption_enabled ?? pool.enable_host_encryption, false) }] } : {}),
  };
}

/** Identity as ARM spells it (`SystemAssigned, UserAssigned`). */
function identityOf(v: unknown): unknown {
  const id = block(v);
  if (!id) return undefined;
  return { type: typeof id.type === 'string' ? id.type.replace(/\s*,\s*/g, ', ') : id.type };
}

function siteModels(r: IacResource, id: string | undefined): { site: Record<string, unknown>; config: Record<string, unknown>; auth: Record<string, unknown> } {
  const v = r.values;
  const legacy = r.type === 'azurerm_app_service';
  const sc = block(v.site_config) ?? {};
  const kind = r.type === 'azurerm_linux_web_app' ? 'app,linux' : 'app';
  const site: Record<string, unknown> = {
    ...(id ? { id } : {}),
    name: loose(v.name),
    type: WEB_SITE,
    kind,
    location: loose(v.location),
    ...(v.tags !== undefined ? { tags: tagMap(v.tags) } : {}),
    enabled: or(v.enabled, true),
    httpsOnly: or(v.https_only, false),
    clientCertEnabled: or(v.client_certificate_enabled ?? v.client_cert_enabled, false),
    ...(v.client_certificate_mode !== undefined ? { clientCertMode: v.client_certificate_mode } : {}),
    ...(v.public_network_access_enabled !== undefined ? { publicNetworkAccess: enabledDisabled(v.public_network_access_enabled, true) } : {}),
    ...(v.identity !== undefined ? { identity: identityOf(v.identity) } : {}),
  };
  const config: Record<string, unknown> = {
    name: 'web',
    type: 'Microsoft.Web/sites/config',
    minTlsVersion: or(sc.minimum_tls_version ?? sc.min_tls_version, '1.2'),
    scmMinTlsVersion: or(sc.scm_minimum_tls_version, '1.2'),
    // linux/windows_web_app default ftps_state to Disabled; the legacy app_service leaves ARM's AllAllowed.
    ftpsState: or(sc.ftps_state, legacy ? 'AllAllowed' : 'Disabled'),
    http20Enabled: or(sc.http2_enabled, false),
    remoteDebuggingEnabled: or(sc.remote_debugging_enabled, false),
    alwaysOn: or(sc.always_on, legacy ? false : true),
  };
  const v2 = block(v.auth_settings_v2);
  const v1 = block(v.auth_settings);
  let auth: Record<string, unknown>;
  if (v2) {
    auth = {
      name: 'authsettingsV2',
      type: 'Microsoft.Web/sites/config',
      platform: { enabled: or(v2.auth_enabled, false), ...(v2.runtime_version !== undefined ? { runtimeVersion: v2.runtime_version } : {}) },
      globalValidation: { requireAuthentication: or(v2.require_authentication, false), unauthenticatedClientAction: or(v2.unauthenticated_action, 'RedirectToLoginPage') },
    };
  } else if (v1) {
    auth = {
      name: 'authsettingsV2',
      type: 'Microsoft.Web/sites/config',
      platform: { enabled: v1.enabled },
      globalValidation: { ...(v1.unauthenticated_client_action !== undefined ? { unauthenticatedClientAction: v1.unauthenticated_client_action } : {}) },
    };
  } else auth = { name: 'authsettingsV2', type: 'Microsoft.Web/sites/config', platform: { enabled: false } };
  return { site, config, auth };
}

export function mapApps(g: Graph, ctx: MapContext): Asset[] {
  const out: Asset[] = [];
  for (const r of g.of('azurerm_kubernetes_cluster')) {
    const b = builder(r, g, ctx, { type: MANAGED_CLUSTER, kind: 'container.cluster', service: 'containerservice' });
    b.aspect('cluster', () => clusterModel(r, g, g.armId(r)));
    out.push(b.build());
  }
  for (const t of ['azurerm_linux_web_app', 'azurerm_windows_web_app', 'azurerm_app_service']) {
    for (const r of g.of(t)) {
      const b = builder(r, g, ctx, { type: WEB_SITE, kind: 'compute.web-app', service: 'web' });
      const m = () => siteModels(r, g.armId(r));
      b.aspect('site', () => m().site);
      b.aspect('config', () => m().config);
      b.aspect('authSettings', () => m().auth);
      out.push(b.build());
    }
  }
  return out;
}
