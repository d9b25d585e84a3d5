import type { Asset } from '../../../core/asset.js';
import type { AzureCollectContext, CallResult } from '../collector.js';
import { SUBSCRIPTION_TYPE, subscriptionAssetId } from '../runtime/subscription-asset.js';

/**
 * A subscription asset carrying one subscription-wide aspect, for the runtime to merge into the driver's
 * subscription asset (see the catalog): rules on `Microsoft.Resources/subscriptions` read the aspect
 * there, with the call's failure as a gap.
 */
export function subscriptionAspect<T, V>(ctx: AzureCollectContext, aspect: string, result: CallResult<T>, map?: (value: T) => V): Asset {
  const sub = ctx.asset({ id: subscriptionAssetId(ctx.subscriptionId), type: SUBSCRIPTION_TYPE, kind: 'account', name: ctx.subscriptionId });
  ctx.aspect(sub, aspect, result, map);
  return sub;
}
