import type { Key, Secret } from '@azure/arm-keyvault';
import { fail, need, notApplicable, pass, type Rule } from '../../../../core/rule.js';
import { cis, mcsb, nist } from '../../support/frameworks.js';
import { KEY_TYPE, parentVault, SECRET_TYPE, toIso, usesRbac, VAULT_TYPE } from './vault.js';

export interface ExpirySpec {
  item: 'key' | 'secret';
  rbac: boolean;
  cisControl: string;
}

const TF = {
  key: 'resource "azurerm_key_vault_key" "this" {\n  # name, key_vault_id, key_type, key_size, key_opts ...\n  expiration_date = "2027-01-01T00:00:00Z"\n}',
  secret: 'resource "azurerm_key_vault_secret" "this" {\n  # name, value, key_vault_id ...\n  expiration_date = "2027-01-01T00:00:00Z"\n}',
};

/**
 * Every enabled key (or secret) in an RBAC (or access-policy) vault has an expiration date. CIS splits the
 * recommendation by the vault's permission model, so each rule looks up the parent vault and leaves the
 * other model's items to its sibling rule.
 */
export function expiryRule(spec: ExpirySpec): Rule {
  const model = spec.rbac ? 'RBAC' : 'access-policy';
  const Item = spec.item === 'key' ? 'Key' : 'Secret';
  return {
    id: `azure.keyvault.${spec.rbac ? 'rbac' : 'access-policy'}-vault-${spec.item}-expiration-set`,
    title: `${Item}s in ${model} key vaults have an expiration date`,
    severity: 'medium',
    providers: ['azure'],
    types: [spec.item === 'key' ? KEY_TYPE : SECRET_TYPE],
    lookups: [VAULT_TYPE],
    rationale: `A ${spec.item} without an expiration date stays valid forever, so a copy that leaks or an old version nobody owns any more keeps working; an expiry forces rotation and lets Key Vault and Event Grid warn before it happens.`,
    remediation: {
      steps: [`Open the vault > Objects > ${Item}s and select the ${spec.item}.`, 'Open the current version, set an expiration date and save.', spec.item === 'key' ? 'Prefer a rotation policy that sets expiry on every new version.' : 'Rotate the secret before the date and update its consumers.'],
      cli: spec.item === 'key' ? 'az keyvault key set-attributes --vault-name <vault> --name <key> --expires 2027-01-01T00:00:00Z' : 'az keyvault secret set-attributes --vault-name <vault> --name <secret> --expires 2027-01-01T00:00:00Z',
      terraform: TF[spec.item],
    },
    references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/about-keys-secrets-certificates', 'https://learn.microsoft.com/en-us/azure/key-vault/keys/how-to-configure-key-rotation'],
    compliance: [cis(spec.cisControl), ...(spec.item === 'key' ? [mcsb('DP-6'), nist('SC-12')] : [nist('IA-5')])],
    version: 1,
    evaluate(asset, ctx) {
      const vault = parentVault(asset, ctx);
      if (usesRbac(vault) !== spec.rbac) return notApplicable(`The vault uses ${spec.rbac ? 'access policies' : 'RBAC'}; its ${spec.item}s are judged by the ${spec.rbac ? 'access-policy' : 'RBAC'} variant of this rule`);
      const attributes = spec.item === 'key' ? need<Key>(asset, 'key').attributes : need<Secret>(asset, 'secret').properties?.attributes;
      // Objects are enabled unless attributes.enabled says false; disabled ones cannot be used.
      if (attributes?.enabled === false) return notApplicable(`The ${spec.item} is disabled`);
      const expires = toIso(attributes?.expires);
      const path = spec.item === 'key' ? 'config.key.attributes.expires' : 'config.secret.properties.attributes.expires';
      const evidence = [{ path, observed: expires, expected: 'an expiration date' }];
      return expires ? pass(`The ${spec.item} expires on ${expires}`, evidence) : fail(`The ${spec.item} has no expiration date`, evidence);
    },
  };
}
