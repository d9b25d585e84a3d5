import { rule } from './audit-config-changes-monitored.js';
import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { checkMonitoringRule } from './support/monitoring-test.js';

checkMonitoringRule(rule, CIS_LOG_CONTROLS.auditConfig, [
  ['unquoted and spaced', 'protoPayload.methodName = SetIamPolicy AND protoPayload.serviceData.policyDelta.auditConfigDeltas:*', 'pass'],
  ['SetIamPolicy with binding deltas only', 'protoPayload.methodName="SetIamPolicy" AND protoPayload.serviceData.policyDelta.bindingDeltas:*', 'fail'],
]);
