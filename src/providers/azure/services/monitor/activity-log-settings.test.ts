import { describe, expect, it } from 'vitest';
import { collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { activityLogSettingsCollector, DIAGNOSTIC_SETTING } from './activity-log-settings.js';

describe('azure.monitor.activity-log-settings on the demo estate', () => {
  it('one asset per subscription setting; none for dev', async () => {
    const out = await collectAzure(await demoEstate(), activityLogSettingsCollector);
    expect(out.errors).toEqual([]);
    expect(out.coverage.every((c) => c.ok)).toBe(true);
    expect(out.assets).toHaveLength(1);
    const [setting] = out.assets;
    expect(setting).toMatchObject({ type: DIAGNOSTIC_SETTING, kind: 'logging.audit-trail', region: 'global', account: DEMO_PROD, name: 'activity-to-law', id: `/subscriptions/${DEMO_PROD}/providers/microsoft.insights/diagnosticSettings/activity-to-law` });
    expect(setting!.config.setting).toMatchObject({ workspaceId: expect.stringContaining('law-parapet-prod'), logs: expect.arrayContaining([{ category: 'Administrative', enabled: true }, { category: 'Security', enabled: true }, { category: 'Policy', enabled: true }, { category: 'Alert', enabled: true }]) });
    expect(out.assets.some((a) => a.account === DEMO_DEV)).toBe(false);
    // The list is merged into each subscription asset: dev has none, which a rule can tell from "unknown".
    const sub = (id: string) => out.subscriptions.find((a) => a.account === id)!;
    expect(sub(DEMO_PROD).config.activityLogDiagnosticSettings).toMatchObject([{ name: 'activity-to-law' }]);
    expect(sub(DEMO_DEV).config.activityLogDiagnosticSettings).toEqual([]);
  });

  it('a denied listing makes coverage incomplete, so "no setting" is never inferred from it', async () => {
    const out = await collectAzure(await demoEstate(), activityLogSettingsCollector, { subscription: DEMO_PROD, faults: [{ effect: 'deny', service: 'monitor', operation: 'Microsoft.Insights/diagnosticSettings.list' }] });
    expect(out.assets).toEqual([]);
    expect(out.errors).toMatchObject([{ provider: 'azure', account: DEMO_PROD, region: 'global', service: 'monitor', operation: 'diagnosticSettings.list', code: 'AuthorizationFailed' }]);
    expect(out.coverage).toMatchObject([{ collector: 'azure.monitor.activity-log-settings', ok: false }]);
    const [sub] = out.subscriptions;
    expect(sub!.config.activityLogDiagnosticSettings).toBeUndefined();
    expect(sub!.gaps.activityLogDiagnosticSettings).toMatchObject({ service: 'monitor', operation: 'diagnosticSettings.list', code: 'AuthorizationFailed' });
  });
});
