/**
 * Azure Monitor diagnostic settings of a subscription (Microsoft.Insights/diagnosticSettings at
 * `/subscriptions/<id>`): where the activity log is exported, as `@azure/arm-monitor`'s
 * `diagnosticSettings.list('/subscriptions/<id>')` calls it (api-version 2017-05-01-preview; this SDK
 * version has no `subscriptionDiagnosticSettings` group). Resource-level settings are served by
 * `insights-diagnostics.ts` (section `resourceDiagnosticSettings`); this route, more specific, wins.
 *
 * Estate section `subscriptionDiagnosticSettings`: [{name, properties: {workspaceId?, storageAccountId?,
 * eventHubAuthorizationRuleId?, eventHubName?, logs: [{category, enabled}]}}]. Categories: Administrative,
 * Security, ServiceHealth, Alert, Recommendation, Policy, Autoscale, ResourceHealth.
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import { AzureSimError, type AzureSimContext, type AzureSimService } from '../service.js';
import { pick } from './arm-resources.js';

export interface SimDiagnosticSetting {
  name: string;
  properties: Record<string, unknown>;
}

const TYPE = 'Microsoft.Insights/diagnosticSettings';
const SECTION = 'subscriptionDiagnosticSettings';

function settings(ctx: AzureSimContext): Array<Record<string, unknown>> {
  const sub = ctx.subscription.subscriptionId;
  // ARM writes the provider in lower case in these ids.
  return ctx.section<SimDiagnosticSetting>(SECTION).map((s) => ({ id: `/subscriptions/${sub}/providers/microsoft.insights/diagnosticSettings/${s.name}`, name: s.name, type: TYPE, properties: { logs: [], ...s.properties } }));
}

const BASE = '/subscriptions/{subscriptionId}/providers/Microsoft.Insights/diagnosticSettings';

export const monitorService: AzureSimService = {
  name: 'monitor',
  routes: [
    // Not paged: the SDK reads one `{ value }` body; ARM returns every setting (at most five) at once.
    { method: 'GET', path: BASE, operation: `${TYPE}.list`, kind: 'get', handler: (ctx) => ({ value: settings(ctx) }) },
    {
      method: 'GET', path: `${BASE}/{name}`, operation: `${TYPE}.get`, kind: 'get',
      handler: (ctx) => {
        const hit = settings(ctx).find((s) => String(s.name).toLowerCase() === (ctx.params.name ?? '').toLowerCase());
        if (!hit) throw new AzureSimError('ResourceNotFound', `The diagnostic setting '${ctx.params.name}' doesn't exist.`, 404);
        return hit;
      },
    },
  ],
  generate: generateActivityLogSettings,
};

/** Activity-log settings (ARM allows five a subscription; a fifth of the slots stay empty); one asset each. */
function generateActivityLogSettings(sub: AzureSubscriptionEstate, count: number, rand: () => number): number {
  const list: SimDiagnosticSetting[] = (sub.resources[SECTION] ??= []);
  let added = 0;
  for (let i = 0; i < Math.min(count, 5); i++) {
    if (rand() < 0.2) continue;
    const all = rand() < 0.7;
    const categories = all ? ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'] : ['Administrative'];
    list.push({
      name: `activity-log-${i}`,
      properties: {
        workspaceId: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-bench-logs/providers/Microsoft.OperationalInsights/workspaces/law-${pick(rand, ['a', 'b'])}`,
        logs: categories.map((category) => ({ category, enabled: true })),
      },
    });
    added++;
  }
  return added;
}
