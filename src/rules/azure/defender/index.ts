import type { Rule } from '../../../core/rule.js';
import { rule as alertNotificationsOn } from './alert-notifications-on.js';
import { rule as alertsNotifyOwners } from './alerts-notify-owners.js';
import { rule as appServicePlanOn } from './app-service-plan-on.js';
import { rule as containersPlanOn } from './containers-plan-on.js';
import { rule as cosmosDbPlanOn } from './cosmos-db-plan-on.js';
import { rule as keyVaultPlanOn } from './key-vault-plan-on.js';
import { rule as openSourceDatabasesPlanOn } from './open-source-databases-plan-on.js';
import { rule as resourceManagerPlanOn } from './resource-manager-plan-on.js';
import { rule as securityContactEmailSet } from './security-contact-email-set.js';
import { rule as serversPlanOn } from './servers-plan-on.js';
import { rule as sqlDatabasesPlanOn } from './sql-databases-plan-on.js';
import { rule as sqlServersOnMachinesPlanOn } from './sql-servers-on-machines-plan-on.js';
import { rule as storagePlanOn } from './storage-plan-on.js';

export const rules: Rule[] = [
  serversPlanOn,
  appServicePlanOn,
  sqlDatabasesPlanOn,
  sqlServersOnMachinesPlanOn,
  openSourceDatabasesPlanOn,
  storagePlanOn,
  containersPlanOn,
  keyVaultPlanOn,
  resourceManagerPlanOn,
  cosmosDbPlanOn,
  securityContactEmailSet,
  alertsNotifyOwners,
  alertNotificationsOn,
];
