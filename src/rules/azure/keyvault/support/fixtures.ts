/** Fixture builders for the Key Vault rule tests (test-only). */
import type { Asset } from '../../../../core/asset.js';
import { armId, azureAsset, deniedGap } from '../../../../../test/support/azure-assets.js';
import { KEY_TYPE, SECRET_TYPE, VAULT_TYPE } from './vault.js';

export const VAULT_ID = armId(VAULT_TYPE, 'kv-fixture');

/** A vault asset with the given `properties` (and other aspects). */
export function vault(properties: Record<string, unknown>, aspects: Record<string, unknown> = {}): Asset {
  return azureAsset({ type: VAULT_TYPE, kind: 'crypto.vault', id: VAULT_ID, name: 'kv-fixture', config: { vault: { id: VAULT_ID, name: 'kv-fixture', properties: { tenantId: 't', sku: { family: 'A', name: 'standard' }, ...properties } }, ...aspects } });
}

export function vaultDenied(aspect = 'vault', operation = 'vaults.listBySubscription'): Asset {
  return azureAsset({ type: VAULT_TYPE, kind: 'crypto.vault', id: VAULT_ID, name: 'kv-fixture', config: aspect === 'vault' ? {} : { vault: { properties: {} } }, gaps: { [aspect]: deniedGap('keyvault', operation) } });
}

/** A key in kv-fixture; `attributes` as keys.list returns them (expires in epoch seconds). */
export function key(fields: Record<string, unknown>, name = 'key1'): Asset {
  return azureAsset({ type: KEY_TYPE, kind: 'crypto.key', id: `${VAULT_ID}/keys/${name}`, name, config: { key: { name, ...fields } } });
}

/** A secret in kv-fixture; `attributes` as secrets.list returns them (dates as ISO strings once stored). */
export function secret(attributes: Record<string, unknown> | undefined, name = 'secret1'): Asset {
  return azureAsset({ type: SECRET_TYPE, kind: 'secret', id: `${VAULT_ID}/secrets/${name}`, name, config: { secret: { name, properties: { attributes } } } });
}

export function itemDenied(type: 'key' | 'secret'): Asset {
  const t = type === 'key' ? KEY_TYPE : SECRET_TYPE;
  return azureAsset({ type: t, id: `${VAULT_ID}/${type}s/x`, name: 'x', gaps: { [type]: deniedGap('keyvault', `${type}s.list`) } });
}
