import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { keyVaultKeysCollector } from './keys.js';
import { keyVaultSecretsCollector } from './secrets.js';
import { KEY_VAULT, keyVaultsCollector } from './vaults.js';

const KEY = 'Microsoft.KeyVault/vaults/keys';
const SECRET = 'Microsoft.KeyVault/vaults/secrets';

describe('azure.keyvault collectors on the demo estate', () => {
  it('collects vaults with purge protection, RBAC, network rules and diagnostic settings', async () => {
    const out = await collectAzure(await demoEstate(), keyVaultsCollector);
    expect(out.errors).toEqual([]);
    const legacy = byName(out.assets, KEY_VAULT, 'kv-parapet-legacy');
    expect(legacy).toMatchObject({ account: DEMO_DEV, region: 'eastus', kind: 'crypto.vault', id: `/subscriptions/${DEMO_DEV}/resourceGroups/rg-demo-dev-app/providers/Microsoft.KeyVault/vaults/kv-parapet-legacy` });
    expect(legacy.config.vault).toMatchObject({ properties: { enableSoftDelete: true, enableRbacAuthorization: false, publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Allow' } } });
    expect((legacy.config.vault as { properties: Record<string, unknown> }).properties.enablePurgeProtection).toBeUndefined();
    expect(legacy.config.diagnosticSettings).toEqual([]);
    const secure = byName(out.assets, KEY_VAULT, 'kv-parapet-secure');
    expect(secure.config.vault).toMatchObject({ properties: { enablePurgeProtection: true, enableRbacAuthorization: true, publicNetworkAccess: 'Disabled', vaultUri: 'https://kv-parapet-secure.vault.azure.net/' } });
    expect(secure.config.diagnosticSettings).toMatchObject([{ name: 'kv-audit-to-law', logs: [{ categoryGroup: 'audit', enabled: true }, {}] }]);
  });

  it('collects keys and secrets with their expiry (or none)', async () => {
    const out = await collectAzure(await demoEstate(), [keyVaultKeysCollector, keyVaultSecretsCollector]);
    expect(out.errors).toEqual([]);
    const signing = byName(out.assets, KEY, 'kv-parapet-legacy/app-signing');
    expect(signing).toMatchObject({ kind: 'crypto.key', region: 'eastus', account: DEMO_DEV, id: `/subscriptions/${DEMO_DEV}/resourceGroups/rg-demo-dev-app/providers/Microsoft.KeyVault/vaults/kv-parapet-legacy/keys/app-signing` });
    expect(signing.config.key).toMatchObject({ kty: 'RSA', attributes: { enabled: true } });
    expect((signing.config.key as { attributes: { expires?: number } }).attributes.expires).toBeUndefined();
    const cmk = byName(out.assets, KEY, 'kv-parapet-secure/storage-cmk');
    // The SDK returns key attribute dates as Unix seconds.
    expect(cmk.config.key).toMatchObject({ attributes: { expires: Date.parse('2027-06-30T00:00:00Z') / 1000 }, rotationPolicy: { attributes: { expiryTime: 'P2Y' } } });
    const password = byName(out.assets, SECRET, 'kv-parapet-legacy/db-password');
    expect(password).toMatchObject({ kind: 'secret', region: 'eastus' });
    expect((password.config.secret as { properties: { attributes: { expires?: string } } }).properties.attributes.expires).toBeUndefined();
    const token = byName(out.assets, SECRET, 'kv-parapet-secure/api-token');
    expect(token.config.secret).toMatchObject({ properties: { attributes: { enabled: true, expires: '2027-03-31T00:00:00.000Z' } } });
  });

  it("a denied diagnostic-settings read is a gap on the vault; a denied key listing makes the keys' coverage incomplete", async () => {
    const gap = await collectAzure(await demoEstate(), keyVaultsCollector, { subscription: DEMO_PROD, faults: [{ effect: 'deny', service: 'monitor', operation: 'Microsoft.Insights/diagnosticSettings.list' }] });
    const secure = byName(gap.assets, KEY_VAULT, 'kv-parapet-secure');
    expect(secure.config.diagnosticSettings).toBeUndefined();
    expect(secure.gaps.diagnosticSettings).toMatchObject({ provider: 'azure', account: DEMO_PROD, region: 'westeurope', service: 'monitor', operation: 'diagnosticSettings.list', code: 'AuthorizationFailed' });

    const denied = await collectAzure(await demoEstate(), keyVaultKeysCollector, { faults: [{ effect: 'deny', service: 'keyvault', operation: 'Microsoft.KeyVault/vaults/keys.list', resource: 'kv-parapet-legacy' }] });
    expect(denied.assets.map((a) => a.name)).toEqual(['kv-parapet-secure/storage-cmk']);
    expect(denied.errors).toMatchObject([{ account: DEMO_DEV, region: 'eastus', service: 'keyvault', operation: 'keys.list', code: 'AuthorizationFailed' }]);
    expect(denied.coverage.find((c) => c.account === DEMO_DEV)).toMatchObject({ collector: 'azure.keyvault.keys', ok: false });
  });
});
