import type { Rule } from '../../../core/rule.js';
import { rule as noCustomSubscriptionOwnerRoles } from './no-custom-subscription-owner-roles.js';
import { rule as userAccessAdministratorNotAtRoot } from './user-access-administrator-not-at-root.js';

export const rules: Rule[] = [noCustomSubscriptionOwnerRoles, userAccessAdministratorNotAtRoot];
