import type { Asset } from '../../../core/asset.js';
import { activityLogSettingFacets } from './activity-log-setting.js';
import { aksClusterFacets } from './aks-cluster.js';
import { cosmosAccountFacets } from './cosmos-account.js';
import { flexibleServerFacets } from './flexible-server.js';
import { keyVaultKeyFacets } from './key-vault-key.js';
import { keyVaultSecretFacets } from './key-vault-secret.js';
import { managedDiskFacets } from './managed-disk.js';
import { nsgFacets } from './nsg.js';
import { sqlServerFacets } from './sql-server.js';
import { storageAccountFacets } from './storage-account.js';
import { storageContainerFacets } from './storage-container.js';
import { virtualMachineFacets } from './virtual-machine.js';

const BY_TYPE: Record<string, (a: Asset) => Asset> = {
  'Microsoft.Storage/storageAccounts/blobServices/containers': storageContainerFacets,
  'Microsoft.Storage/storageAccounts': storageAccountFacets,
  'Microsoft.Network/networkSecurityGroups': nsgFacets,
  'Microsoft.Compute/virtualMachines': virtualMachineFacets,
  'Microsoft.Compute/disks': managedDiskFacets,
  'Microsoft.Sql/servers': sqlServerFacets,
  'Microsoft.DBforPostgreSQL/flexibleServers': flexibleServerFacets,
  'Microsoft.DBforMySQL/flexibleServers': flexibleServerFacets,
  'Microsoft.DocumentDB/databaseAccounts': cosmosAccountFacets,
  'Microsoft.KeyVault/vaults/keys': keyVaultKeyFacets,
  'Microsoft.KeyVault/vaults/secrets': keyVaultSecretFacets,
  'Microsoft.Insights/diagnosticSettings': activityLogSettingFacets,
  'Microsoft.ContainerService/managedClusters': aksClusterFacets,
};

/**
 * Fills `asset.facets` (src/core/facets.ts) from the asset's native configuration, by native type.
 * Pure; called by the azure discovery runtime on every asset before it is stored. Types without a
 * derivation are left as they are.
 */
export function applyAzureFacets(asset: Asset): Asset {
  return BY_TYPE[asset.type]?.(asset) ?? asset;
}
