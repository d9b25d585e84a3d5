import type { Rule } from '../../../core/rule.js';
import { rule as customerManagedKey } from './customer-managed-key.js';
import { rule as localAuthDisabled } from './local-auth-disabled.js';
import { rule as networkAccessRestricted } from './network-access-restricted.js';

export const rules: Rule[] = [
  customerManagedKey,
  localAuthDisabled,
  networkAccessRestricted,
];
