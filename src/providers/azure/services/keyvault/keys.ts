import type { Key } from '@azure/arm-keyvault';
import type { AzureCollector } from '../../collector.js';
import { vaultItems } from './vault-items.js';

/**
 * Key Vault keys from ARM's `keys.list` of every vault: attributes (enabled, `expires` — Unix seconds as the
 * SDK returns them for keys), type and size, and the rotation policy when one is set. No key material.
 */
export const keyVaultKeysCollector: AzureCollector = {
  id: 'azure.keyvault.keys',
  service: 'keyvault',
  types: ['Microsoft.KeyVault/vaults/keys'],
  permissions: ['Microsoft.KeyVault/vaults/read', 'Microsoft.KeyVault/vaults/keys/read'],
  collect(ctx) {
    return vaultItems<Key>(ctx, 'keys.list', (kv, rg, vault, token) => kv.keys.list(rg, vault).byPage({ continuationToken: token }), (key, vault, region) => {
      const asset = ctx.asset({ id: key.id, type: 'Microsoft.KeyVault/vaults/keys', kind: 'crypto.key', name: `${vault.name}/${key.name}`, region, ...(key.tags ? { tags: key.tags } : {}) });
      ctx.aspect(asset, 'key', { ok: true, value: key });
      return asset;
    });
  },
};
