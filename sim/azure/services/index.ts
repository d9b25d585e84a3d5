/**
 * The Azure simulator's services. Each entry serves its routes and may generate benchmark resources.
 * Other services are appended at the end of the list.
 */
import type { AzureSimService } from '../service.js';
import { authorizationService } from './authorization.js';
import { aksService } from './containerservice.js';
import { cosmosDbService } from './cosmosdb.js';
import { keyVaultService } from './keyvault.js';
import { monitorService } from './monitor.js';
import { mysqlService } from './mysql.js';
import { postgresqlService } from './postgresql.js';
import { securityService } from './security.js';
import { sqlService } from './sql.js';
import { webService } from './web.js';
import { computeService } from './compute.js';
import { insightsDiagnosticsService } from './insights-diagnostics.js';
import { networkService } from './network.js';
import { storageService } from './storage.js';
import { subscriptionsService } from './subscriptions.js';

export const azureSimServices: AzureSimService[] = [subscriptionsService, storageService, insightsDiagnosticsService, networkService, computeService,
  sqlService, postgresqlService, mysqlService, keyVaultService, authorizationService, monitorService, securityService, aksService, webService, cosmosDbService];
