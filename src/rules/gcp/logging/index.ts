import type { Rule } from '../../../core/rule.js';
import { rule as auditConfigChangesMonitored } from './audit-config-changes-monitored.js';
import { rule as auditLogsAllServices } from './audit-logs-all-services.js';
import { rule as customRoleChangesMonitored } from './custom-role-changes-monitored.js';
import { rule as firewallRuleChangesMonitored } from './firewall-rule-changes-monitored.js';
import { rule as networkChangesMonitored } from './network-changes-monitored.js';
import { rule as projectOwnershipChangesMonitored } from './project-ownership-changes-monitored.js';
import { rule as routeChangesMonitored } from './route-changes-monitored.js';
import { rule as sinkBucketRetentionLocked } from './sink-bucket-retention-locked.js';
import { rule as sinkExportsAllEntries } from './sink-exports-all-entries.js';
import { rule as sqlInstanceChangesMonitored } from './sql-instance-changes-monitored.js';
import { rule as storageIamChangesMonitored } from './storage-iam-changes-monitored.js';

export const rules: Rule[] = [
  auditLogsAllServices,
  sinkExportsAllEntries,
  sinkBucketRetentionLocked,
  projectOwnershipChangesMonitored,
  auditConfigChangesMonitored,
  customRoleChangesMonitored,
  firewallRuleChangesMonitored,
  routeChangesMonitored,
  networkChangesMonitored,
  storageIamChangesMonitored,
  sqlInstanceChangesMonitored,
];
