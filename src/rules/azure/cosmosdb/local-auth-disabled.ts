import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { COSMOS_TYPE, cosmosOf } from './support/account.js';

export const rule: Rule = {
  id: 'azure.cosmosdb.local-auth-disabled',
  title: 'Cosmos DB account accepts only Microsoft Entra ID (key-based auth disabled)',
  severity: 'medium',
  providers: ['azure'],
  types: [COSMOS_TYPE],
  rationale: 'Primary keys give full read-write access to every container, never expire and cannot be tied to a person; disabling them forces identity-based access that can be scoped with data-plane RBAC and audited per principal.',
  remediation: { steps: ['Grant applications Cosmos DB built-in data roles through their managed identities.', 'Set disableLocalAuth to true on the account (no portal switch: use CLI, ARM or Terraform).'], cli: 'az resource update --ids <account-id> --set properties.disableLocalAuth=true --latest-include-preview', terraform: 'resource "azurerm_cosmosdb_account" "this" {\n  # ...\n  local_authentication_disabled = true\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/cosmos-db/how-to-setup-rbac#disable-local-auth'],
  compliance: [mcsb('IM-1'), nist('IA-2')],
  version: 1,
  evaluate(asset) {
    const value = cosmosOf(asset).disableLocalAuth;
    // Default false: keys work unless local auth is explicitly disabled.
    const evidence = { path: 'config.account.disableLocalAuth', observed: value ?? null, expected: true };
    return check(value === true, evidence, 'Only Microsoft Entra ID authentication is accepted', 'Account keys (local authentication) are accepted');
  },
};
