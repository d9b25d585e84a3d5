import { KeyVaultManagementClient, type Vault } from '@azure/arm-keyvault';
import { MonitorClient } from '@azure/arm-monitor';
import type { Asset } from '../../../../core/asset.js';
import { mapInOrder } from '../../../aws/map-in-order.js';
import { regionOf } from '../../arm-ids.js';
import type { AzureCollectContext, AzureCollector } from '../../collector.js';

export const KEY_VAULT = 'Microsoft.KeyVault/vaults';

const WIDTH = 8;

async function hydrate(ctx: AzureCollectContext, vault: Vault): Promise<Asset> {
  const id = vault.id ?? '';
  const region = regionOf(vault.location);
  const asset = ctx.asset({ id, type: KEY_VAULT, kind: 'crypto.vault', name: vault.name ?? '', region, tags: vault.tags });
  ctx.aspect(asset, 'vault', { ok: true, value: vault });
  const settings = await ctx.call('monitor', 'diagnosticSettings.list', () => ctx.client(MonitorClient).diagnosticSettings.list(id.replace(/^\//, '')), { resource: id, region });
  ctx.aspect(asset, 'diagnosticSettings', settings, (d) => d?.value ?? []);
  return asset;
}

/**
 * Key Vaults from `vaults.listBySubscription` (the full Vault model: soft delete, purge protection, RBAC
 * authorization, network rules), with the vault's diagnostic settings (whether AuditEvent logs go
 * anywhere). `vaults.list` is not used: it goes through the generic resources API and has no properties.
 */
export const keyVaultsCollector: AzureCollector = {
  id: 'azure.keyvault.vaults',
  service: 'keyvault',
  types: [KEY_VAULT],
  permissions: ['Microsoft.KeyVault/vaults/read', 'Microsoft.Insights/diagnosticSettings/read'],
  async *collect(ctx) {
    const kv = ctx.client(KeyVaultManagementClient);
    const vaults = ctx.list('keyvault', 'vaults.listBySubscription', (token) => kv.vaults.listBySubscription().byPage({ continuationToken: token }));
    for await (const asset of mapInOrder(vaults, WIDTH, (v) => hydrate(ctx, v))) {
      ctx.progress(1);
      yield asset;
    }
  },
};
