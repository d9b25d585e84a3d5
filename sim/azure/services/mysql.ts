/**
 * Azure Database for MySQL flexible servers (Microsoft.DBforMySQL/flexibleServers): servers, server
 * parameters and firewall rules, as `@azure/arm-mysql-flexible` calls them.
 *
 * Estate section `mysqlFlexibleServers`: server records in ARM wire JSON with simulator-only
 * `configurations` (parameter → value overrides) and `firewallRules` (see `flexible-servers.ts`).
 */
import type { AzureSimService } from '../service.js';
import { flexibleRoutes, generateFlexible, type FlexibleFlavour } from './flexible-servers.js';

/** Server parameters the posture rules read, with Azure's defaults for flexible servers. */
const parameters: FlexibleFlavour['parameters'] = {
  require_secure_transport: { value: 'ON', dataType: 'Enumeration', description: 'Whether client connections to the server are required to use some form of secure transport.' },
  tls_version: { value: 'TLSv1.2', dataType: 'Set', description: 'Which protocols the server permits for encrypted connections.' },
  audit_log_enabled: { value: 'OFF', dataType: 'Enumeration', description: 'Allow to audit the log.' },
  audit_log_events: { value: 'CONNECTION', dataType: 'Set', description: 'Selects the events to audit.' },
};

export const mysqlFlavour: FlexibleFlavour = {
  provider: 'Microsoft.DBforMySQL',
  section: 'mysqlFlexibleServers',
  domain: 'mysql.database.azure.com',
  listName: 'list',
  defaults: {
    version: '8.0.21',
    state: 'Ready',
    storage: { storageSizeGB: 20, iops: 360, autoGrow: 'Enabled', storageSku: 'Premium_LRS' },
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' },
    network: { publicNetworkAccess: 'Enabled' },
    highAvailability: { mode: 'Disabled' },
  },
  parameters,
};

export const mysqlService: AzureSimService = {
  name: 'mysql',
  routes: flexibleRoutes(mysqlFlavour),
  generate: (sub, count, rand, locations) => generateFlexible(mysqlFlavour, 'mysql', { require_secure_transport: 'OFF', tls_version: 'TLSv1,TLSv1.1,TLSv1.2' }, sub, count, rand, locations),
};
