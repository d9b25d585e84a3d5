import { KeyVaultManagementClient, type Vault } from '@azure/arm-keyvault';
import type { Asset } from '../../../../core/asset.js';
import { ListingFailed, type AzureCollectContext } from '../../collector.js';
import { regionOf, resourceGroupOf } from '../../arm-ids.js';
import { flatMapInOrder } from '../../../aws/map-in-order.js';

/** Vaults whose items are listed at once. */
const VAULTS_AT_ONCE = 4;

/**
 * What the key and secret collectors share: walk every vault and list one kind of item in it through ARM
 * (metadata only), four vaults at a time. A vault whose items cannot be listed does not stop the others; the first failure is
 * rethrown at the end so that the collector's coverage is reported incomplete.
 */
export async function* vaultItems<T extends { id?: string; name?: string }>(
  ctx: AzureCollectContext,
  operation: string,
  list: (kv: KeyVaultManagementClient, rg: string, vault: string, token?: string) => AsyncIterable<T[]>,
  toAsset: (item: T & { id: string; name: string }, vault: Vault & { id: string; name: string }, region: string) => Asset,
): AsyncIterable<Asset> {
  const kv = ctx.client(KeyVaultManagementClient);
  let failed: ListingFailed | undefined;
  const vaults = ctx.list('keyvault', 'vaults.listBySubscription', (token) => kv.vaults.listBySubscription().byPage({ continuationToken: token }));
  yield* flatMapInOrder(vaults, VAULTS_AT_ONCE, async function* (vault): AsyncIterable<Asset> {
    if (!vault.id || !vault.name) return;
    const v = vault as Vault & { id: string; name: string };
    const region = regionOf(vault.location);
    try {
      for await (const item of ctx.list('keyvault', operation, (token) => list(kv, resourceGroupOf(v.id), v.name, token), { resource: v.id, region })) {
        if (!item.id || !item.name) continue;
        ctx.progress(1);
        yield toAsset(item as T & { id: string; name: string }, v, region);
      }
    } catch (e) {
      if (!(e instanceof ListingFailed)) throw e;
      failed ??= e;
    }
  });
  if (failed) throw failed;
}
