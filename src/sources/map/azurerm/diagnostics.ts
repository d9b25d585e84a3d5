/**
 * `azurerm_monitor_diagnostic_setting`: as the DiagnosticSettingsResource model MonitorClient lists, joined
 * to the resource (or sub-resource such as a storage account's blob service) it targets, or to the
 * subscription (the activity log).
 */
import { Unknown, isUnknown, type IacResource } from '../../model.js';
import { blocks } from '../kit.js';
import type { Graph } from './common.js';

export const DIAGNOSTIC_SETTING_TF = 'azurerm_monitor_diagnostic_setting';

/** One setting and where on its target it applies: '' (the resource itself), `/blobServices/default`, ... */
export interface Targeted {
  setting: IacResource;
  /** The sub-resource path (lower-case), or undefined when it cannot be told before apply. */
  suffix: string | undefined;
}

const SUB_RESOURCE = /(\/(?:blob|queue|table|file)services\/default)\/?$/i;

/** The DiagnosticSettingsResource model of one setting (destination ids resolved through the graph). */
export function diagnosticSettingModel(s: IacResource, g: Graph, targetId: string | undefined): Record<string, unknown> {
  const v = s.values;
  const name = v.name;
  const logs = [
    ...blocks(v.enabled_log).map((l) => ({ ...(l.category !== undefined ? { category: l.category } : {}), ...(l.category_group !== undefined ? { categoryGroup: l.category_group } : {}), enabled: true })),
    ...blocks(v.log).map((l) => ({ ...(l.category !== undefined ? { category: l.category } : {}), ...(l.category_group !== undefined ? { categoryGroup: l.category_group } : {}), enabled: l.enabled ?? true })),
  ];
  const metrics = [...blocks(v.enabled_metric).map((m) => ({ category: m.category, enabled: true })), ...blocks(v.metric).map((m) => ({ category: m.category, enabled: m.enabled ?? true }))];
  const out: Record<string, unknown> = {
    ...(targetId && typeof name === 'string' ? { id: `${targetId}/providers/microsoft.insights/diagnosticSettings/${name}` } : {}),
    name,
    type: 'Microsoft.Insights/diagnosticSettings',
    logs,
    metrics,
  };
  if (v.storage_account_id !== undefined) out.storageAccountId = g.refId(v.storage_account_id);
  if (v.log_analytics_workspace_id !== undefined) out.workspaceId = g.refId(v.log_analytics_workspace_id);
  if (v.eventhub_authorization_rule_id !== undefined) out.eventHubAuthorizationRuleId = g.refId(v.eventhub_authorization_rule_id);
  if (v.eventhub_name !== undefined) out.eventHubName = v.eventhub_name;
  if (v.partner_solution_id !== undefined) out.marketplacePartnerId = g.refId(v.partner_solution_id);
  if (v.log_analytics_destination_type !== undefined) out.logAnalyticsDestinationType = v.log_analytics_destination_type;
  return out;
}

/** Whether a setting targets the subscription (its activity log): `/subscriptions/<id>` or `data.azurerm_subscription.x.id`. */
export function targetsSubscription(s: IacResource): boolean {
  const t = s.values.target_resource_id;
  if (typeof t === 'string') return /^\/subscriptions\/[^/]+\/?$/i.test(t);
  return isUnknown(t) && t.refs.length > 0 && t.refs.every((r) => /(^|\.)data\.azurerm_subscription\./.test(r));
}

/** Settings by the resource of `types` they target (with the sub-resource path). Built once per input. */
export function settingsByTarget(g: Graph, types: readonly string[]): Map<IacResource, Targeted[]> {
  const out = new Map<IacResource, Targeted[]>();
  for (const s of g.of(DIAGNOSTIC_SETTING_TF)) {
    const t = s.values.target_resource_id;
    let suffix: string | undefined;
    let targets: IacResource[];
    if (typeof t === 'string') {
      const m = SUB_RESOURCE.exec(t);
      suffix = (m?.[1] ?? '').toLowerCase();
      targets = g.targets(m ? t.slice(0, m.index) : t, types);
    } else if (isUnknown(t)) {
      targets = g.targets(t, types);
      // `"${azurerm_storage_account.x.id}/blobServices/default"`: the path is in the expression, when the
      // evaluator says it in the reason; otherwise which sub-resource is meant is not known.
      const m = /\/(blob|queue|table|file)services\/default/i.exec(t.reason);
      suffix = m ? `/${(m[1] ?? '').toLowerCase()}services/default` : undefined;
    } else continue;
    for (const target of targets) {
      const list = out.get(target);
      const entry = { setting: s, suffix };
      if (list) list.push(entry);
      else out.set(target, [entry]);
    }
  }
  return out;
}

/**
 * The `diagnosticSettings` aspect of a (sub-)resource: every setting on it (`[]` when none, as the API
 * answers), or an Unknown when one setting on the resource may or may not target this sub-resource.
 */
export function settingsOn(entries: Targeted[] | undefined, suffix: string, g: Graph, targetId: string | undefined, hasServices = false): unknown[] | Unknown {
  const out: unknown[] = [];
  for (const e of entries ?? []) {
    // A resource without sub-resources (a vault): a reference to it can only mean the resource itself.
    const at = e.suffix ?? (hasServices ? undefined : '');
    if (at === undefined) return new Unknown(`${e.setting.address}: whether target_resource_id names the resource or one of its services`, [e.setting.address]);
    if (at === suffix) out.push(diagnosticSettingModel(e.setting, g, targetId));
  }
  return out;
}
