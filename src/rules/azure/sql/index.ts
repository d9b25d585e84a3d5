import type { Rule } from '../../../core/rule.js';
import { rule as auditingEnabled } from './auditing-enabled.js';
import { rule as auditingRetentionOver90Days } from './auditing-retention-over-90-days.js';
import { rule as databaseTdeEnabled } from './database-tde-enabled.js';
import { rule as entraAdminConfigured } from './entra-admin-configured.js';
import { rule as firewallNoAllowAll } from './firewall-no-allow-all.js';
import { rule as minimumTls12 } from './minimum-tls-1-2.js';
import { rule as publicNetworkAccessDisabled } from './public-network-access-disabled.js';
import { rule as tdeCustomerManagedKey } from './tde-customer-managed-key.js';

export const rules: Rule[] = [
  auditingEnabled,
  auditingRetentionOver90Days,
  databaseTdeEnabled,
  entraAdminConfigured,
  firewallNoAllowAll,
  minimumTls12,
  publicNetworkAccessDisabled,
  tdeCustomerManagedKey,
];
