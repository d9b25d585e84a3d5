import { rule } from './firewall-rule-changes-monitored.js';
import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { checkMonitoringRule } from './support/monitoring-test.js';

checkMonitoringRule(rule, CIS_LOG_CONTROLS.firewallRules, [
  ['insert and delete only', 'resource.type="gce_firewall_rule" AND (protoPayload.methodName:"compute.firewalls.insert" OR protoPayload.methodName:"compute.firewalls.delete")', 'fail'],
  ['every firewall method', 'resource.type="gce_firewall_rule" AND protoPayload.methodName:"compute.firewalls."', 'pass'],
]);
