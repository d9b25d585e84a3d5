/**
 * Every Azure collector, in the order they run. Other services' collectors are appended at the end.
 */
import type { AzureCollector } from '../collector.js';
import { customRolesCollector } from './authorization/custom-roles.js';
import { roleAssignmentsCollector } from './authorization/role-assignments.js';
import { managedClustersCollector } from './containerservice/managed-clusters.js';
import { databaseAccountsCollector } from './cosmosdb/database-accounts.js';
import { keyVaultKeysCollector } from './keyvault/keys.js';
import { keyVaultSecretsCollector } from './keyvault/secrets.js';
import { keyVaultsCollector } from './keyvault/vaults.js';
import { activityLogSettingsCollector } from './monitor/activity-log-settings.js';
import { mysqlFlexibleServersCollector } from './mysql/flexible-servers.js';
import { postgresqlFlexibleServersCollector } from './postgresql/flexible-servers.js';
import { defenderPlansCollector } from './security/defender-plans.js';
import { securityContactsCollector } from './security/security-contacts.js';
import { sqlDatabasesCollector } from './sql/databases.js';
import { sqlServersCollector } from './sql/servers.js';
import { webSitesCollector } from './web/sites.js';
import { disksCollector } from './compute/disks.js';
import { virtualMachinesCollector } from './compute/virtual-machines.js';
import { flowLogsCollector } from './network/flow-logs.js';
import { publicIpsCollector } from './network/public-ips.js';
import { securityGroupsCollector } from './network/security-groups.js';
import { storageAccountsCollector } from './storage/accounts.js';

export const azureCollectors: AzureCollector[] = [
  storageAccountsCollector,
  securityGroupsCollector,
  publicIpsCollector,
  flowLogsCollector,
  virtualMachinesCollector,
  disksCollector,
  sqlServersCollector,
  sqlDatabasesCollector,
  postgresqlFlexibleServersCollector,
  mysqlFlexibleServersCollector,
  keyVaultsCollector,
  keyVaultKeysCollector,
  keyVaultSecretsCollector,
  roleAssignmentsCollector,
  customRolesCollector,
  activityLogSettingsCollector,
  defenderPlansCollector,
  securityContactsCollector,
  managedClustersCollector,
  webSitesCollector,
  databaseAccountsCollector,
];

/** Collectors by their `service` (`--services storage,network`). */
export const azureCollectorsByService: Record<string, AzureCollector[]> = azureCollectors.reduce<Record<string, AzureCollector[]>>((by, c) => {
  (by[c.service] ??= []).push(c);
  return by;
}, {});
