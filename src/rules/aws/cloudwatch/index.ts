import type { Rule } from '../../../core/rule.js';
import { rule as unauthorizedApiCallsMonitored } from './unauthorized-api-calls-monitored.js';
import { rule as consoleSigninWithoutMfaMonitored } from './console-signin-without-mfa-monitored.js';
import { rule as rootUsageMonitored } from './root-usage-monitored.js';
import { rule as iamPolicyChangesMonitored } from './iam-policy-changes-monitored.js';
import { rule as cloudtrailChangesMonitored } from './cloudtrail-changes-monitored.js';
import { rule as consoleAuthFailuresMonitored } from './console-auth-failures-monitored.js';
import { rule as kmsKeyDisableDeletionMonitored } from './kms-key-disable-deletion-monitored.js';
import { rule as s3BucketPolicyChangesMonitored } from './s3-bucket-policy-changes-monitored.js';
import { rule as configChangesMonitored } from './config-changes-monitored.js';
import { rule as securityGroupChangesMonitored } from './security-group-changes-monitored.js';
import { rule as naclChangesMonitored } from './nacl-changes-monitored.js';
import { rule as networkGatewayChangesMonitored } from './network-gateway-changes-monitored.js';
import { rule as routeTableChangesMonitored } from './route-table-changes-monitored.js';
import { rule as vpcChangesMonitored } from './vpc-changes-monitored.js';
import { rule as organizationsChangesMonitored } from './organizations-changes-monitored.js';
import { rule as logGroupRetentionSet } from './log-group-retention-set.js';
import { rule as logGroupRetentionOneYear } from './log-group-retention-one-year.js';
import { rule as logGroupKmsEncrypted } from './log-group-kms-encrypted.js';
import { rule as alarmHasAction } from './alarm-has-action.js';
import { rule as alarmActionsEnabled } from './alarm-actions-enabled.js';

/** CIS v5.0.0 4.1-4.15 (account-level monitoring paths), then log group and alarm hygiene. */
export const rules: Rule[] = [
  unauthorizedApiCallsMonitored,
  consoleSigninWithoutMfaMonitored,
  rootUsageMonitored,
  iamPolicyChangesMonitored,
  cloudtrailChangesMonitored,
  consoleAuthFailuresMonitored,
  kmsKeyDisableDeletionMonitored,
  s3BucketPolicyChangesMonitored,
  configChangesMonitored,
  securityGroupChangesMonitored,
  naclChangesMonitored,
  networkGatewayChangesMonitored,
  routeTableChangesMonitored,
  vpcChangesMonitored,
  organizationsChangesMonitored,
  logGroupRetentionSet,
  logGroupRetentionOneYear,
  logGroupKmsEncrypted,
  alarmHasAction,
  alarmActionsEnabled,
];
