import type { FlowLog } from '@azure/arm-network';
import type { Evidence, Verdict } from '../../../../core/verdict.js';
import { fail, pass } from '../../../../core/rule.js';

export const FLOW_LOG_TYPE = 'Microsoft.Network/networkWatchers/flowLogs';
export const MIN_RETENTION_DAYS = 90;

/** Retention in days, `Infinity` when kept forever (retention enabled with 0 days), null when no policy deletes nothing on schedule. */
function retentionOf(f: FlowLog): number | null {
  if (f.retentionPolicy?.enabled !== true) return null;
  const days = f.retentionPolicy.days ?? 0;
  // Documented: 0 days with retention enabled keeps the records forever.
  return days === 0 ? Infinity : days;
}

/** Whether a flow log is on and keeps its records at least 90 days (or forever). */
export function judgeFlowLog(f: FlowLog, path: string): Verdict {
  const evidence: Evidence[] = [
    { path: `${path}.enabled`, observed: f.enabled ?? null, expected: true },
    { path: `${path}.retentionPolicy`, observed: f.retentionPolicy ?? null, expected: { enabled: true, days: `>= ${MIN_RETENTION_DAYS} or 0` } },
  ];
  const name = f.name ?? 'the flow log';
  if (f.enabled !== true) return fail(`${name} is disabled`, evidence);
  const days = retentionOf(f);
  // CIS asks for an explicit retention policy of at least 90 days; without one the retention is whatever the storage account does.
  if (days === null) return fail(`${name} has no retention policy`, evidence);
  if (days < MIN_RETENTION_DAYS) return fail(`${name} keeps records for ${days} days (less than ${MIN_RETENTION_DAYS})`, evidence);
  return pass(`${name} keeps records ${days === Infinity ? 'forever' : `for ${days} days`}`, evidence);
}

export const FLOW_LOG_TF = (target: string) =>
  `resource "azurerm_network_watcher_flow_log" "this" {\n  name                 = "flowlog"\n  network_watcher_name = "NetworkWatcher_<region>"\n  resource_group_name  = "NetworkWatcherRG"\n  target_resource_id   = ${target}\n  storage_account_id   = azurerm_storage_account.flowlogs.id\n  enabled              = true\n  retention_policy {\n    enabled = true\n    days    = 90\n  }\n}`;
