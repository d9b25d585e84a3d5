/**
 * Azure Database for PostgreSQL flexible servers (Microsoft.DBforPostgreSQL/flexibleServers): servers,
 * server parameters and firewall rules, as `@azure/arm-postgresql-flexible` calls them.
 *
 * Estate section `postgresqlFlexibleServers`: server records in ARM wire JSON with simulator-only
 * `configurations` (parameter → value overrides) and `firewallRules` (see `flexible-servers.ts`).
 */
import type { AzureSimService } from '../service.js';
import { flexibleRoutes, generateFlexible, type FlexibleFlavour } from './flexible-servers.js';

/** Server parameters the posture rules read, with Azure's defaults for flexible servers. */
const parameters: FlexibleFlavour['parameters'] = {
  require_secure_transport: { value: 'on', dataType: 'Boolean', description: 'Whether client connections to the server are required to use some form of secure transport.' },
  ssl_min_protocol_version: { value: 'TLSv1.2', dataType: 'Enumeration', description: 'Sets the minimum SSL/TLS protocol version to use.' },
  log_checkpoints: { value: 'on', dataType: 'Boolean', description: 'Logs each checkpoint.' },
  log_connections: { value: 'on', dataType: 'Boolean', description: 'Logs each successful connection.' },
  log_disconnections: { value: 'off', dataType: 'Boolean', description: 'Logs end of a session, including duration.' },
  'connection_throttle.enable': { value: 'on', dataType: 'Boolean', description: 'Enables temporary connection throttling per IP for too many login failures.' },
  'logfiles.retention_days': { value: '3', dataType: 'Integer', description: 'Sets the retention period window in days for server logs.' },
};

export const postgresqlFlavour: FlexibleFlavour = {
  provider: 'Microsoft.DBforPostgreSQL',
  section: 'postgresqlFlexibleServers',
  domain: 'postgres.database.azure.com',
  listName: 'listBySubscription',
  defaults: {
    version: '16',
    state: 'Ready',
    storage: { storageSizeGB: 128, autoGrow: 'Disabled', tier: 'P10' },
    backup: { backupRetentionDays: 7, geoRedundantBackup: 'Disabled' },
    network: { publicNetworkAccess: 'Enabled' },
    highAvailability: { mode: 'Disabled' },
    authConfig: { activeDirectoryAuth: 'Disabled', passwordAuth: 'Enabled' },
    dataEncryption: { type: 'SystemManaged' },
  },
  parameters,
};

export const postgresqlService: AzureSimService = {
  name: 'postgresql',
  routes: flexibleRoutes(postgresqlFlavour),
  generate: (sub, count, rand, locations) => generateFlexible(postgresqlFlavour, 'psql', { require_secure_transport: 'off', log_checkpoints: 'off' }, sub, count, rand, locations),
};
