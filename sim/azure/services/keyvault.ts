/**
 * Azure Key Vault management plane (Microsoft.KeyVault/vaults): vaults, and the keys and secrets ARM lists
 * for them (metadata only: ARM never returns key material or secret values).
 *
 * Estate section `keyVaults`: vault records in ARM wire JSON (`properties` nested) with simulator-only
 * `keys` [{name, properties: {attributes, kty, keySize, rotationPolicy ...}}] and `secrets` [{name,
 * properties: {attributes, contentType}}]. Key and secret `attributes` (`nbf`, `exp`, `created`, `updated`)
 * are Unix seconds on the wire; the estate may write ISO dates and the simulator converts them. Vault
 * defaults as ARM reports them: soft delete on (90 days), purge protection unset, public network access.
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import type { AzureSimContext, AzureSimService } from '../service.js';
import { childWire, epochSeconds, findRecord, inScope, nameOf, notFound, pick, wire, type ArmRecord } from './arm-resources.js';

interface SimVaultItem {
  name: string;
  tags?: Record<string, string>;
  properties?: { attributes?: Record<string, unknown>; [k: string]: unknown };
}

export interface SimKeyVault extends ArmRecord {
  keys?: SimVaultItem[];
  secrets?: SimVaultItem[];
}

const VAULT = 'Microsoft.KeyVault/vaults';
const BASE = '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults/{vaultName}';

function vaultWire(v: SimKeyVault, tenantId: string): Record<string, unknown> {
  return {
    ...wire(v, VAULT, ['keys', 'secrets']),
    properties: {
      tenantId,
      sku: { family: 'A', name: 'standard' },
      accessPolicies: [],
      vaultUri: `https://${nameOf(v)}.vault.azure.net/`,
      enableSoftDelete: true,
      softDeleteRetentionInDays: 90,
      enableRbacAuthorization: false,
      publicNetworkAccess: 'Enabled',
      provisioningState: 'Succeeded',
      ...v.properties,
    },
  };
}

function attributes(a: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = { enabled: true, created: 1704067200, updated: 1704067200, ...a };
  for (const k of ['nbf', 'exp', 'created', 'updated']) if (out[k] !== undefined) out[k] = epochSeconds(out[k]);
  return out;
}

const vault = (ctx: AzureSimContext) => findRecord<SimKeyVault>(ctx, 'keyVaults', 'vaultName', VAULT);

function keyWire(v: SimKeyVault, k: SimVaultItem): Record<string, unknown> {
  const uri = `https://${nameOf(v)}.vault.azure.net/keys/${k.name}`;
  return childWire(v.id, 'keys', `${VAULT}/keys`, {
    name: k.name,
    location: v.location,
    ...(k.tags ? { tags: k.tags } : {}),
    properties: { kty: 'RSA', keyOps: ['encrypt', 'decrypt', 'sign', 'verify', 'wrapKey', 'unwrapKey'], keySize: 2048, keyUri: uri, keyUriWithVersion: `${uri}/0a1b2c3d4e5f60718293a4b5c6d7e8f9`, ...k.properties, attributes: { recoveryLevel: 'Recoverable+Purgeable', exportable: false, ...attributes(k.properties?.attributes) } },
  });
}

function secretWire(v: SimKeyVault, s: SimVaultItem): Record<string, unknown> {
  const uri = `https://${nameOf(v)}.vault.azure.net/secrets/${s.name}`;
  return childWire(v.id, 'secrets', `${VAULT}/secrets`, {
    name: s.name,
    location: v.location,
    ...(s.tags ? { tags: s.tags } : {}),
    properties: { secretUri: uri, secretUriWithVersion: `${uri}/9f8e7d6c5b4a39281706f5e4d3c2b1a0`, ...s.properties, attributes: attributes(s.properties?.attributes) },
  });
}

function item(ctx: AzureSimContext, kind: 'keys' | 'secrets', param: string): { v: SimKeyVault; it: SimVaultItem } {
  const v = vault(ctx);
  const it = (v[kind] ?? []).find((x) => x.name.toLowerCase() === (ctx.params[param] ?? '').toLowerCase());
  if (!it) throw notFound(`${VAULT}/${kind}`, `${nameOf(v)}/${ctx.params[param]}`, ctx.params.resourceGroupName ?? '');
  return { v, it };
}

export const keyVaultService: AzureSimService = {
  name: 'keyvault',
  routes: [
    { method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.KeyVault/vaults', operation: 'Microsoft.KeyVault/vaults.listBySubscription', kind: 'list', handler: (ctx) => inScope<SimKeyVault>(ctx, 'keyVaults', VAULT).map((v) => vaultWire(v, ctx.estate.tenantId)) },
    { method: 'GET', path: '/subscriptions/{subscriptionId}/resourceGroups/{resourceGroupName}/providers/Microsoft.KeyVault/vaults', operation: 'Microsoft.KeyVault/vaults.listByResourceGroup', kind: 'list', handler: (ctx) => inScope<SimKeyVault>(ctx, 'keyVaults', VAULT).map((v) => vaultWire(v, ctx.estate.tenantId)) },
    { method: 'GET', path: BASE, operation: 'Microsoft.KeyVault/vaults.get', kind: 'get', handler: (ctx) => vaultWire(vault(ctx), ctx.estate.tenantId) },
    { method: 'GET', path: `${BASE}/keys`, operation: 'Microsoft.KeyVault/vaults/keys.list', kind: 'list', handler: (ctx) => { const v = vault(ctx); return (v.keys ?? []).map((k) => keyWire(v, k)); } },
    { method: 'GET', path: `${BASE}/keys/{keyName}`, operation: 'Microsoft.KeyVault/vaults/keys.get', kind: 'get', handler: (ctx) => { const { v, it } = item(ctx, 'keys', 'keyName'); return keyWire(v, it); } },
    { method: 'GET', path: `${BASE}/secrets`, operation: 'Microsoft.KeyVault/vaults/secrets.list', kind: 'list', pageSize: 25, handler: (ctx) => { const v = vault(ctx); return (v.secrets ?? []).map((s) => secretWire(v, s)); } },
    { method: 'GET', path: `${BASE}/secrets/{secretName}`, operation: 'Microsoft.KeyVault/vaults/secrets.get', kind: 'get', handler: (ctx) => { const { v, it } = item(ctx, 'secrets', 'secretName'); return secretWire(v, it); } },
  ],
  generate: generateVaults,
};

/** Vaults with one key and one secret each (three assets a vault); some without purge protection or expiry. */
function generateVaults(sub: AzureSubscriptionEstate, count: number, rand: () => number, locations: string[]): number {
  const list: SimKeyVault[] = (sub.resources.keyVaults ??= []);
  let added = 0;
  for (let i = 0; added < count; i++) {
    const expiring = rand() < 0.6;
    const v: SimKeyVault = {
      id: `/subscriptions/${sub.subscriptionId}/resourceGroups/rg-bench-kv-${i % 10}/providers/${VAULT}/kv-${sub.subscriptionId.slice(0, 6)}-${i}`,
      location: pick(rand, locations),
      tags: { env: pick(rand, ['prod', 'dev']) },
      properties: { enablePurgeProtection: rand() < 0.5 ? true : undefined, enableRbacAuthorization: rand() < 0.7 },
      keys: [],
      secrets: [],
    };
    list.push(v);
    added++;
    if (added < count) {
      v.keys!.push({ name: `key-${i}`, properties: { attributes: expiring ? { exp: '2027-12-31T00:00:00Z' } : {} } });
      added++;
    }
    if (added < count) {
      v.secrets!.push({ name: `secret-${i}`, properties: { attributes: expiring ? { exp: '2027-06-30T00:00:00Z' } : {} } });
      added++;
    }
  }
  return added;
}
