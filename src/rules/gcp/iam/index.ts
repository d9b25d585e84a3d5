import type { Rule } from '../../../core/rule.js';
import { rule as kmsRolesSeparated } from './kms-roles-separated.js';
import { rule as noProjectLevelServiceAccountUserRoles } from './no-project-level-service-account-user-roles.js';
import { rule as serviceAccountKeysRotated } from './service-account-keys-rotated.js';
import { rule as serviceAccountNoUserManagedKeys } from './service-account-no-user-managed-keys.js';
import { rule as serviceAccountRolesSeparated } from './service-account-roles-separated.js';
import { rule as serviceAccountsNoAdminRoles } from './service-accounts-no-admin-roles.js';

export const rules: Rule[] = [
  serviceAccountNoUserManagedKeys,
  serviceAccountsNoAdminRoles,
  noProjectLevelServiceAccountUserRoles,
  serviceAccountKeysRotated,
  serviceAccountRolesSeparated,
  kmsRolesSeparated,
];
