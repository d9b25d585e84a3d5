/**
 * Terraform `hashicorp/azurerm` (v3 and v4) resources mapped onto the assets live Azure discovery makes:
 * the same ARM ids (when the subscription, resource group and name are known), types, kinds, names,
 * regions and aspects in the `@azure/arm-*` model shapes, so every Azure and baseline rule judges them the
 * same way. See docs/assets-azure-gcp.md for the catalog.
 */
import type { Asset } from '../../../core/asset.js';
import type { IacResource } from '../../model.js';
import type { IacMapper, MapContext } from '../kit.js';
import { mapApps, APP_TYPES } from './apps.js';
import { childOf, Graph, rgScoped, type ArmIdBuilder } from './common.js';
import { COMPUTE_TYPES, mapCompute } from './compute.js';
import { DATABASE_TYPES, mapDatabases } from './databases.js';
import { KEYVAULT_TYPES, mapKeyVault } from './keyvault.js';
import { mapNetwork, NETWORK_TYPES } from './network.js';
import { mapPlatform, PLATFORM_TYPES, roleAssignmentArmId, roleDefinitionIdBuilder } from './platform.js';
import { mapStorage, STORAGE_TYPES } from './storage.js';

const ACCOUNT = ['azurerm_storage_account'];

/** How each Terraform type's ARM id is built (ARM's casing). */
export const ARM_IDS: Record<string, ArmIdBuilder> = {
  azurerm_storage_account: rgScoped('Microsoft.Storage/storageAccounts'),
  azurerm_storage_container: childOf(ACCOUNT, ['storage_account_id', 'storage_account_name'], 'blobServices/default/containers'),
  azurerm_network_security_group: rgScoped('Microsoft.Network/networkSecurityGroups'),
  azurerm_network_watcher: rgScoped('Microsoft.Network/networkWatchers'),
  azurerm_network_watcher_flow_log: (r, g) => {
    const watcher = typeof r.values.network_watcher_name === 'string' ? r.values.network_watcher_name : undefined;
    return watcher ? rgScoped(`Microsoft.Network/networkWatchers/${watcher}/flowLogs`)(r, g) : undefined;
  },
  azurerm_public_ip: rgScoped('Microsoft.Network/publicIPAddresses'),
  azurerm_virtual_network: rgScoped('Microsoft.Network/virtualNetworks'),
  azurerm_subnet: (r, g) => {
    const vnet = typeof r.values.virtual_network_name === 'string' ? r.values.virtual_network_name : undefined;
    return vnet ? rgScoped(`Microsoft.Network/virtualNetworks/${vnet}/subnets`)(r, g) : undefined;
  },
  azurerm_network_interface: rgScoped('Microsoft.Network/networkInterfaces'),
  azurerm_lb: rgScoped('Microsoft.Network/loadBalancers'),
  azurerm_application_gateway: rgScoped('Microsoft.Network/applicationGateways'),
  azurerm_virtual_network_gateway: rgScoped('Microsoft.Network/virtualNetworkGateways'),
  azurerm_firewall: rgScoped('Microsoft.Network/azureFirewalls'),
  azurerm_bastion_host: rgScoped('Microsoft.Network/bastionHosts'),
  azurerm_nat_gateway: rgScoped('Microsoft.Network/natGateways'),
  azurerm_private_endpoint: rgScoped('Microsoft.Network/privateEndpoints'),
  azurerm_network_security_rule: (r, g) => {
    const nsg = typeof r.values.network_security_group_name === 'string' ? r.values.network_security_group_name : undefined;
    return nsg ? rgScoped(`Microsoft.Network/networkSecurityGroups/${nsg}/securityRules`)(r, g) : undefined;
  },
  azurerm_linux_virtual_machine: rgScoped('Microsoft.Compute/virtualMachines'),
  azurerm_windows_virtual_machine: rgScoped('Microsoft.Compute/virtualMachines'),
  azurerm_virtual_machine: rgScoped('Microsoft.Compute/virtualMachines'),
  azurerm_managed_disk: rgScoped('Microsoft.Compute/disks'),
  azurerm_disk_encryption_set: rgScoped('Microsoft.Compute/diskEncryptionSets'),
  azurerm_mssql_server: rgScoped('Microsoft.Sql/servers'),
  azurerm_mssql_database: childOf(['azurerm_mssql_server'], ['server_id'], 'databases'),
  azurerm_mssql_firewall_rule: childOf(['azurerm_mssql_server'], ['server_id'], 'firewallRules'),
  azurerm_postgresql_flexible_server: rgScoped('Microsoft.DBforPostgreSQL/flexibleServers'),
  azurerm_postgresql_flexible_server_firewall_rule: childOf(['azurerm_postgresql_flexible_server'], ['server_id'], 'firewallRules'),
  azurerm_mysql_flexible_server: rgScoped('Microsoft.DBforMySQL/flexibleServers'),
  azurerm_mysql_flexible_server_firewall_rule: childOf(['azurerm_mysql_flexible_server'], ['server_id', 'server_name'], 'firewallRules'),
  azurerm_cosmosdb_account: rgScoped('Microsoft.DocumentDB/databaseAccounts'),
  azurerm_key_vault: rgScoped('Microsoft.KeyVault/vaults'),
  azurerm_key_vault_key: childOf(['azurerm_key_vault'], ['key_vault_id'], 'keys'),
  azurerm_key_vault_secret: childOf(['azurerm_key_vault'], ['key_vault_id'], 'secrets'),
  azurerm_kubernetes_cluster: rgScoped('Microsoft.ContainerService/managedClusters'),
  azurerm_linux_web_app: rgScoped('Microsoft.Web/sites'),
  azurerm_windows_web_app: rgScoped('Microsoft.Web/sites'),
  azurerm_app_service: rgScoped('Microsoft.Web/sites'),
  azurerm_role_assignment: roleAssignmentArmId,
  azurerm_role_definition: roleDefinitionIdBuilder,
  azurerm_log_analytics_workspace: rgScoped('Microsoft.OperationalInsights/workspaces'),
  azurerm_user_assigned_identity: rgScoped('Microsoft.ManagedIdentity/userAssignedIdentities'),
  azurerm_service_plan: rgScoped('Microsoft.Web/serverFarms'),
  azurerm_eventhub_namespace: rgScoped('Microsoft.EventHub/namespaces'),
};

/** Every azurerm mapping, over one input's resources at once (related blocks merge into one asset). */
export function mapAzurerm(resources: readonly IacResource[], ctx: MapContext): Asset[] {
  const g = new Graph(resources, ARM_IDS);
  return [...mapStorage(g, ctx), ...mapNetwork(g, ctx), ...mapCompute(g, ctx), ...mapDatabases(g, ctx), ...mapKeyVault(g, ctx), ...mapPlatform(g, ctx), ...mapApps(g, ctx)];
}

export const azurermMappers: IacMapper[] = [
  {
    provider: 'azure',
    types: [...new Set<string>([...STORAGE_TYPES, ...NETWORK_TYPES, ...COMPUTE_TYPES, ...DATABASE_TYPES, ...KEYVAULT_TYPES, ...PLATFORM_TYPES, ...APP_TYPES])],
    map: mapAzurerm,
  },
];
