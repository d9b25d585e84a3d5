import { rule } from './network-changes-monitored.js';
import { CIS_LOG_CONTROLS } from './support/cis-log-controls.js';
import { checkMonitoringRule } from './support/monitoring-test.js';

checkMonitoringRule(rule, CIS_LOG_CONTROLS.networks, [
  ['exact v1 names only (misses beta inserts)', 'resource.type="gce_network" AND (protoPayload.methodName="v1.compute.networks.insert" OR protoPayload.methodName="v1.compute.networks.patch" OR protoPayload.methodName="v1.compute.networks.delete" OR protoPayload.methodName="v1.compute.networks.removePeering" OR protoPayload.methodName="v1.compute.networks.addPeering")', 'fail'],
  ['the benchmark audit-step variant', 'resource.type="gce_network" AND protoPayload.methodName="beta.compute.networks.insert" OR protoPayload.methodName="beta.compute.networks.patch" OR protoPayload.methodName="v1.compute.networks.delete" OR protoPayload.methodName="v1.compute.networks.removePeering" OR protoPayload.methodName="v1.compute.networks.addPeering"', 'pass'],
]);
