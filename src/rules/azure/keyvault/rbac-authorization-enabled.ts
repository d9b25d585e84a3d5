import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { KV_TF_VAULT, VAULT_TYPE, vaultPropsOf } from './support/vault.js';

export const rule: Rule = {
  id: 'azure.keyvault.rbac-authorization-enabled',
  title: 'Key vault uses the Azure RBAC permission model',
  severity: 'medium',
  providers: ['azure'],
  types: [VAULT_TYPE],
  rationale:
    'Access policies grant vault-wide rights that anyone with Contributor on the vault can change, and they cannot be scoped to one key or secret or managed with PIM. Azure RBAC separates management from data access and supports per-object scope, conditions and just-in-time elevation.',
  remediation: {
    steps: ['Recreate each access-policy grant as an RBAC role assignment (Key Vault Secrets User, Crypto User ...).', 'Open the key vault > Settings > Access configuration.', "Select 'Azure role-based access control' and apply."],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-rbac-authorization true',
    terraform: KV_TF_VAULT,
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-guide', 'https://learn.microsoft.com/en-us/azure/key-vault/general/rbac-migration'],
  compliance: [cis('9.3.6'), mcsb('PA-7'), nist('AC-3')],
  version: 1,
  evaluate(asset) {
    const value = vaultPropsOf(asset).enableRbacAuthorization;
    // Documented: when unset the vault uses access policies (false).
    const evidence = { path: 'config.vault.properties.enableRbacAuthorization', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'Data access is authorized with Azure RBAC', 'Data access is authorized with vault access policies');
  },
};
