import type { DiagnosticSettingsResource, LogSettings } from '@azure/arm-monitor';
import { same } from './check.js';

/** A diagnostic setting as MonitorClient lists it; newer API versions add `categoryGroup` to each log entry. */
export type DiagnosticSetting = Omit<DiagnosticSettingsResource, 'logs'> & { logs?: Array<LogSettings & { categoryGroup?: string }> };

/** Where the setting sends data (workspace, storage account, event hub or partner), or null when nowhere. */
export function destinationOf(s: DiagnosticSetting): string | null {
  const partner = (s as { marketplacePartnerId?: string }).marketplacePartnerId;
  if (s.workspaceId) return `workspace ${s.workspaceId}`;
  if (s.storageAccountId) return `storage account ${s.storageAccountId}`;
  if (s.eventHubAuthorizationRuleId) return `event hub ${s.eventHubName ?? s.eventHubAuthorizationRuleId}`;
  if (partner) return `partner ${partner}`;
  return null;
}

/** Whether the setting enables the log category, directly or through one of the category groups that include it. */
export function logsEnabled(s: DiagnosticSetting, category: string, groups: string[] = []): boolean {
  return (s.logs ?? []).some((l) => l.enabled && (same(l.category, category) || groups.some((g) => same(l.categoryGroup, g))));
}
