import { rule } from './custom-role-changes-monitored.js';
import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { checkMonitoringRule } from './support/monitoring-test.js';

checkMonitoringRule(rule, CIS_LOG_CONTROLS.customRole, [
  ['without UndeleteRole', 'resource.type="iam_role" AND (protoPayload.methodName="google.iam.admin.v1.CreateRole" OR protoPayload.methodName="google.iam.admin.v1.DeleteRole" OR protoPayload.methodName="google.iam.admin.v1.UpdateRole")', 'fail'],
  ['a regex on the role methods', 'resource.type=iam_role protoPayload.methodName=~"google\\\\.iam\\\\.admin\\\\.v1\\\\.(Create|Delete|Update|Undelete)Role"', 'pass'],
]);
