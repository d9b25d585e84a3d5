/**
 * Network Watcher flow logs, one asset each; also puts the subscription's network watchers on the
 * subscription asset (`networkWatchers`: CIS asks for one in every region in use).
 */
import type { AzureCollector } from '../../collector.js';
import { regionOf } from '../../arm-ids.js';
import { ListingFailed } from '../../collector.js';
import { SUBSCRIPTION_TYPE, subscriptionAssetId } from '../../runtime/subscription-asset.js';
import { listFlowLogs } from './flow-log-index.js';

export const FLOW_LOG_TYPE = 'Microsoft.Network/networkWatchers/flowLogs';

export const flowLogsCollector: AzureCollector = {
  id: 'azure.network.flow-logs',
  service: 'network',
  types: [FLOW_LOG_TYPE],
  permissions: ['Microsoft.Network/networkWatchers/read', 'Microsoft.Network/networkWatchers/flowLogs/read'],
  async *collect(ctx) {
    const flow = await listFlowLogs(ctx);
    const sub = ctx.asset({ id: subscriptionAssetId(ctx.subscriptionId), type: SUBSCRIPTION_TYPE, kind: 'account', name: ctx.subscriptionId });
    if (flow.ok || flow.watchers) ctx.aspect(sub, 'networkWatchers', { ok: true, value: flow.watchers ?? [] });
    else ctx.aspect(sub, 'networkWatchers', { ok: false, error: flow.error });
    yield sub;
    if (!flow.ok) throw new ListingFailed(flow.error);
    for (const { flowLog } of flow.flowLogs) {
      const a = ctx.asset({ id: flowLog.id ?? '', type: FLOW_LOG_TYPE, kind: 'logging.flow-log', name: flowLog.name ?? '', region: regionOf(flowLog.location), tags: flowLog.tags });
      ctx.aspect(a, 'flowLog', { ok: true, value: flowLog });
      ctx.progress(1);
      yield a;
    }
  },
};
