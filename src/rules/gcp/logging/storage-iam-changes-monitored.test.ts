import { rule } from './storage-iam-changes-monitored.js';
import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { checkMonitoringRule } from './support/monitoring-test.js';

checkMonitoringRule(rule, CIS_LOG_CONTROLS.storageIam, [
  ['another bucket method', 'resource.type="gcs_bucket" AND protoPayload.methodName="storage.buckets.update"', 'fail'],
  ['method only', 'protoPayload.methodName="storage.setIamPermissions"', 'pass'],
]);
