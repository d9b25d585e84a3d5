import type { Vault, VaultProperties } from '@azure/arm-keyvault';
import type { Asset } from '../../../../core/asset.js';
import { MissingData, need, needAll, type RuleContext } from '../../../../core/rule.js';

export const VAULT_TYPE = 'Microsoft.KeyVault/vaults';
export const KEY_TYPE = 'Microsoft.KeyVault/vaults/keys';
export const SECRET_TYPE = 'Microsoft.KeyVault/vaults/secrets';

/** The vault's properties (the arm-keyvault Vault model nests them under `properties`). */
export const vaultPropsOf = (asset: Asset): Partial<VaultProperties> => need<Vault>(asset, 'vault').properties ?? {};

/** The vault an item (key or secret) belongs to: its id is the item id up to `/keys/` or `/secrets/`. */
export function parentVault(item: Asset, ctx: RuleContext): Asset {
  const vaultId = item.id.replace(/\/(keys|secrets)\/[^/]+$/i, '').toLowerCase();
  const vault = needAll(ctx, VAULT_TYPE, { account: item.account }).find((v) => v.id.toLowerCase() === vaultId);
  if (!vault) throw new MissingData(`the vault ${vaultId} that holds this item was not collected`, [{ path: 'vault', observed: null, expected: vaultId }]);
  return vault;
}

/** Whether a vault authorizes data access with Azure RBAC; unset means access policies (documented default false). */
export const usesRbac = (vault: Asset): boolean => vaultPropsOf(vault).enableRbacAuthorization === true;

/** Key attributes carry epoch seconds; secret attributes carry dates (ISO strings once stored). */
export function toIso(value: unknown): string | null {
  if (typeof value === 'number') return new Date(value * 1000).toISOString();
  if (typeof value === 'string' || value instanceof Date) return new Date(value).toISOString();
  return null;
}

export const KV_TF_VAULT = 'resource "azurerm_key_vault" "this" {\n  # name, location, resource_group_name, tenant_id, sku_name ...\n  soft_delete_retention_days    = 90\n  purge_protection_enabled      = true\n  enable_rbac_authorization     = true\n  public_network_access_enabled = false\n}';
