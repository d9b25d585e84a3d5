/**
 * Storage accounts and their blob containers: list the accounts, hydrate each with its blob service
 * properties and the blob service's diagnostic settings, then list its containers (which carry copies of
 * the account aspects their public exposure depends on).
 */
import { MonitorClient } from '@azure/arm-monitor';
import { StorageManagementClient, type StorageAccount } from '@azure/arm-storage';
import type { Asset, CollectionError } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import { ListingFailed, type AzureCollectContext, type AzureCollector } from '../../collector.js';
import { regionOf, resourceGroupOf } from '../../arm-ids.js';

export const STORAGE_ACCOUNT = 'Microsoft.Storage/storageAccounts';
export const BLOB_CONTAINER = 'Microsoft.Storage/storageAccounts/blobServices/containers';

/** Hydrations in flight per collector (paced by the subscription's limiter). */
const WIDTH = 32;

async function hydrate(ctx: AzureCollectContext, account: StorageAccount): Promise<{ assets: Asset[]; failure?: CollectionError }> {
  const id = account.id ?? '';
  const rg = resourceGroupOf(id);
  const name = account.name ?? '';
  const region = regionOf(account.location);
  const storage = ctx.client(StorageManagementClient);
  const a = ctx.asset({ id, type: STORAGE_ACCOUNT, kind: 'storage.account', name, region, tags: account.tags });
  ctx.aspect(a, 'account', { ok: true, value: account });
  const [blob, diag] = await Promise.all([
    ctx.call('storage', 'blobServices.getServiceProperties', () => storage.blobServices.getServiceProperties(rg, name), { resource: id, region }),
    ctx.call('monitor', 'diagnosticSettings.list', () => ctx.client(MonitorClient).diagnosticSettings.list(`${id.replace(/^\//, '')}/blobServices/default`), { resource: `${id}/blobServices/default`, region }),
  ]);
  ctx.aspect(a, 'blobService', blob);
  ctx.aspect(a, 'diagnosticSettings', diag, (d) => d?.value ?? []);
  const assets: Asset[] = [a];
  try {
    for await (const c of ctx.list('storage', 'blobContainers.list', (token) => storage.blobContainers.list(rg, name).byPage({ continuationToken: token }), { resource: id, region })) {
      const cname = c.name ?? '';
      const asset = ctx.asset({ id: c.id ?? `${id}/blobServices/default/containers/${cname}`, type: BLOB_CONTAINER, kind: 'storage.bucket', name: `${name}/${cname}`, region, tags: account.tags });
      ctx.aspect(asset, 'container', { ok: true, value: c });
      // The container's exposure depends on its account: copy what the account says, gaps included.
      for (const k of ['account', 'blobService', 'diagnosticSettings']) {
        if (k in a.config) asset.config[k] = a.config[k];
        if (a.gaps[k]) asset.gaps[k] = a.gaps[k];
      }
      assets.push(asset);
    }
  } catch (e) {
    if (e instanceof ListingFailed) return { assets, failure: e.error };
    throw e;
  }
  return { assets };
}

export const storageAccountsCollector: AzureCollector = {
  id: 'azure.storage.accounts',
  service: 'storage',
  types: [STORAGE_ACCOUNT, BLOB_CONTAINER],
  permissions: [
    'Microsoft.Storage/storageAccounts/read',
    'Microsoft.Storage/storageAccounts/blobServices/read',
    'Microsoft.Storage/storageAccounts/blobServices/containers/read',
    'Microsoft.Insights/diagnosticSettings/read',
  ],
  async *collect(ctx) {
    const storage = ctx.client(StorageManagementClient);
    let failure: CollectionError | undefined;
    const accounts = ctx.list('storage', 'storageAccounts.list', (token) => storage.storageAccounts.list().byPage({ continuationToken: token }));
    for await (const r of mapInOrder(accounts, WIDTH, (acc) => hydrate(ctx, acc))) {
      failure ??= r.failure;
      ctx.progress(r.assets.length);
      yield* r.assets;
    }
    // A container listing that failed leaves the containers incomplete: say so after yielding the rest.
    if (failure) throw new ListingFailed(failure);
  },
};
