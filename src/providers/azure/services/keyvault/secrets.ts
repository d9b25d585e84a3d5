import type { Secret } from '@azure/arm-keyvault';
import type { AzureCollector } from '../../collector.js';
import { vaultItems } from './vault-items.js';

/**
 * Key Vault secrets from ARM's `secrets.list` of every vault: `properties.attributes` (enabled, expires),
 * content type. ARM never returns secret values.
 */
export const keyVaultSecretsCollector: AzureCollector = {
  id: 'azure.keyvault.secrets',
  service: 'keyvault',
  types: ['Microsoft.KeyVault/vaults/secrets'],
  permissions: ['Microsoft.KeyVault/vaults/read', 'Microsoft.KeyVault/vaults/secrets/read'],
  collect(ctx) {
    return vaultItems<Secret>(ctx, 'secrets.list', (kv, rg, vault, token) => kv.secrets.list(rg, vault).byPage({ continuationToken: token }), (secret, vault, region) => {
      const asset = ctx.asset({ id: secret.id, type: 'Microsoft.KeyVault/vaults/secrets', kind: 'secret', name: `${vault.name}/${secret.name}`, region, ...(secret.tags ? { tags: secret.tags } : {}) });
      ctx.aspect(asset, 'secret', { ok: true, value: secret });
      return asset;
    });
  },
};
