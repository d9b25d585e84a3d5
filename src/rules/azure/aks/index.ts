import type { Rule } from '../../../core/rule.js';
import { rule as apiServerAccessRestricted } from './api-server-access-restricted.js';
import { rule as localAccountsDisabled } from './local-accounts-disabled.js';
import { rule as networkPolicyConfigured } from './network-policy-configured.js';
import { rule as rbacEnabled } from './rbac-enabled.js';

export const rules: Rule[] = [
  apiServerAccessRestricted,
  localAccountsDisabled,
  networkPolicyConfigured,
  rbacEnabled,
];
