import { rule } from './route-changes-monitored.js';
import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { checkMonitoringRule } from './support/monitoring-test.js';

checkMonitoringRule(rule, CIS_LOG_CONTROLS.routes, [
  ['inserts only', 'resource.type="gce_route" AND protoPayload.methodName:"compute.routes.insert"', 'fail'],
  ['all route entries', 'resource.type="gce_route"', 'pass'],
]);
