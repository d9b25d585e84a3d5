import { rule } from './sql-instance-changes-monitored.js';
import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { checkMonitoringRule } from './support/monitoring-test.js';

checkMonitoringRule(rule, CIS_LOG_CONTROLS.sqlInstanceConfig, [
  ['instance creation only', 'protoPayload.methodName="cloudsql.instances.create"', 'fail'],
  ['scoped to the Cloud SQL resource', 'resource.type="cloudsql_database" AND protoPayload.methodName="cloudsql.instances.update"', 'pass'],
]);
