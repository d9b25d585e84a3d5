import type { Rule } from '../../../core/rule.js';
import { rule as activityLogCapturesSecurityCategories } from './activity-log-captures-security-categories.js';
import { rule as activityLogDiagnosticSettingExists } from './activity-log-diagnostic-setting-exists.js';
import { rule as activityLogStorageCmkEncrypted } from './activity-log-storage-cmk-encrypted.js';

export const rules: Rule[] = [
  activityLogCapturesSecurityCategories,
  activityLogDiagnosticSettingExists,
  activityLogStorageCmkEncrypted,
];
