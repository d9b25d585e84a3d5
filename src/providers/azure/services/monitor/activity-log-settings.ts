import { MonitorClient, type DiagnosticSettingsResource } from '@azure/arm-monitor';
import { ListingFailed, type AzureCollector } from '../../collector.js';
import { subscriptionAspect } from '../subscription-aspect.js';

export const DIAGNOSTIC_SETTING = 'Microsoft.Insights/diagnosticSettings';

/**
 * The subscription's activity-log diagnostic settings (where Administrative, Security, Policy ... events
 * are exported), one asset each, from `diagnosticSettings.list('subscriptions/<id>')` (this SDK version has
 * no `subscriptionDiagnosticSettings` group; the subscription is a resource URI like any other). The whole
 * list is also merged into the subscription asset's `activityLogDiagnosticSettings`, so that "is the
 * activity log exported at all" is a rule on the subscription; a failed listing is a gap there (unknown,
 * never "none") and makes the collector's coverage incomplete.
 */
export const activityLogSettingsCollector: AzureCollector = {
  id: 'azure.monitor.activity-log-settings',
  service: 'monitor',
  types: [DIAGNOSTIC_SETTING],
  permissions: ['Microsoft.Insights/diagnosticSettings/read'],
  async *collect(ctx) {
    const monitor = ctx.client(MonitorClient);
    // Not paged: ARM returns every setting (at most five) in one `{ value }`.
    const settings = ctx.list('monitor', 'diagnosticSettings.list', () => (async function* () {
      yield (await monitor.diagnosticSettings.list(`subscriptions/${ctx.subscriptionId}`)).value ?? [];
    })());
    const all: DiagnosticSettingsResource[] = [];
    try {
      for await (const s of settings) {
        all.push(s);
        if (!s.id || !s.name) continue;
        const asset = ctx.asset({ id: s.id, type: DIAGNOSTIC_SETTING, kind: 'logging.audit-trail', name: s.name });
        ctx.aspect(asset, 'setting', { ok: true, value: s });
        ctx.progress(1);
        yield asset;
      }
    } catch (e) {
      if (!(e instanceof ListingFailed)) throw e;
      yield subscriptionAspect(ctx, 'activityLogDiagnosticSettings', { ok: false, error: e.error });
      throw e;
    }
    yield subscriptionAspect(ctx, 'activityLogDiagnosticSettings', { ok: true, value: all });
  },
};
