/**
 * Every network watcher of a subscription and their flow logs, listed once per collector run: the NSG
 * collector joins flow logs to their target NSGs, the flow-log collector makes them assets.
 */
import { NetworkManagementClient, type FlowLog, type NetworkWatcher, getContinuationToken } from '@azure/arm-network';
import { withTokens } from '../../runtime/pages.js';
import type { CollectionError } from '../../../../core/asset.js';
import { ListingFailed, type AzureCollectContext } from '../../collector.js';
import { regionOf, resourceGroupOf } from '../../arm-ids.js';

export type WatchersResult = { ok: true; watchers: NetworkWatcher[]; flowLogs: Array<{ watcher: NetworkWatcher; flowLog: FlowLog }> } | { ok: false; error: CollectionError; watchers?: NetworkWatcher[] };

export async function listFlowLogs(ctx: AzureCollectContext): Promise<WatchersResult> {
  const network = ctx.client(NetworkManagementClient);
  const watchers: NetworkWatcher[] = [];
  try {
    for await (const w of ctx.list('network', 'networkWatchers.listAll', (token) => network.networkWatchers.listAll().byPage({ continuationToken: token }))) watchers.push(w);
  } catch (e) {
    if (e instanceof ListingFailed) return { ok: false, error: e.error };
    throw e;
  }
  const flowLogs: Array<{ watcher: NetworkWatcher; flowLog: FlowLog }> = [];
  for (const watcher of watchers) {
    const id = watcher.id ?? '';
    try {
      for await (const flowLog of ctx.list('network', 'flowLogs.list', (token) => withTokens(network.flowLogs.list(resourceGroupOf(id), watcher.name ?? '').byPage({ continuationToken: token }), getContinuationToken), { resource: id, region: regionOf(watcher.location) }))
        flowLogs.push({ watcher, flowLog });
    } catch (e) {
      if (e instanceof ListingFailed) return { ok: false, error: e.error, watchers };
      throw e;
    }
  }
  return { ok: true, watchers, flowLogs };
}
