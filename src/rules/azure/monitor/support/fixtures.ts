/** Fixture builders for the monitor rule tests (test-only). */
import type { Asset, CollectionError } from '../../../../core/asset.js';
import type { RuleContext } from '../../../../core/rule.js';
import { azureAsset, deniedGap, FIXTURE_SUBSCRIPTION, fixtureContextWith, subscriptionAsset } from '../../../../../test/support/azure-assets.js';
import { DIAGNOSTIC_SETTING_TYPE } from './activity-log.js';

export const WORKSPACE = `/subscriptions/${FIXTURE_SUBSCRIPTION}/resourceGroups/rg-fixture/providers/Microsoft.OperationalInsights/workspaces/law`;
export const ALL = ['Administrative', 'Alert', 'Policy', 'Security'];
const CATEGORIES = ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation', 'Policy', 'Autoscale', 'ResourceHealth'];

/** One activity-log diagnostic setting asset named `name`, with these categories enabled and the destination given. */
export function setting(name: string, categories: string[], destination: Record<string, string> = { workspaceId: WORKSPACE }): Asset {
  const id = `/subscriptions/${FIXTURE_SUBSCRIPTION}/providers/microsoft.insights/diagnosticSettings/${name}`;
  const logs = CATEGORIES.map((category) => ({ category, enabled: categories.includes(category) }));
  return azureAsset({ type: DIAGNOSTIC_SETTING_TYPE, kind: 'logging.audit-trail', region: 'global', id, name, config: { setting: { id, name, ...destination, logs } } });
}

/** A setting asset whose `setting` aspect could not be read. */
export const unreadableSetting = (name: string): Asset =>
  azureAsset({ type: DIAGNOSTIC_SETTING_TYPE, kind: 'logging.audit-trail', region: 'global', name, gaps: { setting: deniedGap('monitor', 'diagnosticSettings.list', 'AuthorizationFailed', 'global') } });

/** The subscription asset (what the rules are about). */
export const subscription = (): Asset => subscriptionAsset({ subscription: { subscriptionId: FIXTURE_SUBSCRIPTION } });

/** A context over these assets; `failed` marks the diagnostic settings listing as incomplete. */
export const ctxWith = (assets: Asset[], failed = false): RuleContext =>
  fixtureContextWith(assets, failed ? ({ [DIAGNOSTIC_SETTING_TYPE]: [deniedGap('monitor', 'diagnosticSettings.list', 'AuthorizationFailed', 'global')] } as Record<string, CollectionError[]>) : {});
