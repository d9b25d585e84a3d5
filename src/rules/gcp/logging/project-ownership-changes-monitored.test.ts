import { rule } from './project-ownership-changes-monitored.js';
import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { checkMonitoringRule } from './support/monitoring-test.js';

checkMonitoringRule(rule, CIS_LOG_CONTROLS.projectOwnership, [
  ['owner additions only', 'protoPayload.serviceData.policyDelta.bindingDeltas.action="ADD" AND protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner"', 'fail'],
  ['any owner binding delta', 'protoPayload.serviceData.policyDelta.bindingDeltas.role="roles/owner"', 'pass'],
]);
