import { SecurityCenter } from '@azure/arm-security';
import type { AzureCollector } from '../../collector.js';
import { subscriptionAspect } from '../subscription-aspect.js';

export const DEFENDER_PRICINGS = 'Microsoft.Security/pricings';

/**
 * The subscription's Microsoft Defender for Cloud plans as one settings asset (id
 * `/subscriptions/<id>/providers/Microsoft.Security/pricings`), aspect `defenderPlans` = every Pricing
 * (`pricingTier` Standard|Free, `subPlan`). The same array is merged into the subscription asset's
 * `defenderPlans`. A failed read leaves the aspect a gap on both: plan rules say unknown.
 */
export const defenderPlansCollector: AzureCollector = {
  id: 'azure.security.defender-plans',
  service: 'security',
  types: [DEFENDER_PRICINGS],
  permissions: ['Microsoft.Security/pricings/read'],
  async *collect(ctx) {
    const security = ctx.client(SecurityCenter);
    const id = `/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Security/pricings`;
    const asset = ctx.asset({ id, type: DEFENDER_PRICINGS, kind: 'account.setting', name: 'pricings' });
    // Not paged: the plans come in one `{ value }`.
    const plans = await ctx.call('security', 'pricings.list', () => security.pricings.list(), { resource: id });
    ctx.aspect(asset, 'defenderPlans', plans, (list) => list?.value ?? []);
    ctx.progress(1);
    yield asset;
    yield subscriptionAspect(ctx, 'defenderPlans', plans, (list) => list?.value ?? []);
  },
};
