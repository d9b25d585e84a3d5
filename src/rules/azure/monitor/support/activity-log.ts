import type { Asset } from '../../../../core/asset.js';
import { MissingData, need, needAll, type RuleContext } from '../../../../core/rule.js';
import type { Evidence, Verdict } from '../../../../core/verdict.js';
import { at } from '../../support/check.js';
import type { DiagnosticSetting } from '../../support/diagnostics.js';

/** One asset per subscription activity-log diagnostic setting (aspect `setting`). */
export const DIAGNOSTIC_SETTING_TYPE = 'Microsoft.Insights/diagnosticSettings';

/** The subscription's activity-log settings; MissingData when the listing was incomplete. */
export const activityLogSettings = (subscription: Asset, ctx: RuleContext): Asset[] => needAll(ctx, DIAGNOSTIC_SETTING_TYPE, { account: subscription.account });
export const settingOf = (asset: Asset): DiagnosticSetting => need<DiagnosticSetting>(asset, 'setting');

/**
 * Subscription-level controls pass when at least one setting qualifies. The first pass wins; otherwise a
 * setting that could not be read makes it unknown (it might have qualified); a fail needs every setting
 * known not to qualify. Evidence paths point at the setting they came from.
 */
export function anySettingQualifies(settings: Asset[], check: (s: Asset) => Verdict, none: string): Verdict {
  if (!settings.length) return { status: 'fail', reason: none, evidence: [{ path: `${DIAGNOSTIC_SETTING_TYPE}[]`, observed: [], expected: 'a qualifying activity-log diagnostic setting' }] };
  const judged = settings.map((s) => ({ s, v: judge(s, check) }));
  const onSetting = (s: Asset, v: Verdict): Evidence[] => v.evidence.map((e) => ({ ...e, path: e.path.includes('#') ? e.path : at(s.id, e.path) }));
  const passed = judged.find((x) => x.v.status === 'pass');
  if (passed) return { ...passed.v, evidence: onSetting(passed.s, passed.v) };
  const evidence = judged.flatMap(({ s, v }) => onSetting(s, v));
  const unknowns = judged.filter((x) => x.v.status === 'unknown');
  if (unknowns.length) return { status: 'unknown', reason: `No setting qualifies among those read; could not read ${unknowns.map((x) => `${x.s.name} (${x.v.reason})`).join('; ')}`, evidence };
  return { status: 'fail', reason: `${none}: ${judged.map((x) => `${x.s.name}: ${x.v.reason}`).join('; ')}`, evidence };
}

function judge(s: Asset, check: (s: Asset) => Verdict): Verdict {
  try {
    return check(s);
  } catch (e) {
    if (e instanceof MissingData) return { status: 'unknown', reason: e.reasonText, evidence: e.evidence };
    throw e;
  }
}

export const ACTIVITY_LOG_REFS = ['https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log', 'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings'];

export const ACTIVITY_LOG_TF =
  'resource "azurerm_monitor_diagnostic_setting" "activity" {\n  name                       = "activity-log"\n  target_resource_id         = "/subscriptions/<subscription-id>"\n  log_analytics_workspace_id = azurerm_log_analytics_workspace.this.id\n  enabled_log { category = "Administrative" }\n  enabled_log { category = "Alert" }\n  enabled_log { category = "Policy" }\n  enabled_log { category = "Security" }\n}';

export const ACTIVITY_LOG_CLI =
  'az monitor diagnostic-settings subscription create --name activity-log --location <region> --workspace <workspace-id> --logs \'[{"category":"Administrative","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true},{"category":"Security","enabled":true}]\'';
