import type { Rule } from '../../../core/rule.js';
import { rule as auditLogEnabled } from './audit-log-enabled.js';
import { rule as requireSecureTransportOn } from './require-secure-transport-on.js';
import { rule as tlsVersion12OrHigher } from './tls-version-1-2-or-higher.js';

export const rules: Rule[] = [
  auditLogEnabled,
  requireSecureTransportOn,
  tlsVersion12OrHigher,
];
