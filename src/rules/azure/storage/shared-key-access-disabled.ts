import type { Rule } from '../../../core/rule.js';
import { check } from '../support/check.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { accountOf, STORAGE_ACCOUNT_TYPE, STORAGE_REFS } from './support/account.js';

export const rule: Rule = {
  id: 'azure.storage.shared-key-access-disabled',
  title: "Storage account has 'Allow storage account key access' disabled",
  severity: 'medium',
  providers: ['azure'],
  types: [STORAGE_ACCOUNT_TYPE],
  rationale:
    'Account keys and the SAS tokens signed with them grant full data access, never expire on their own, and are not tied to an identity, so their use cannot be scoped or audited per user. Requiring Microsoft Entra ID authorization removes that standing credential.',
  remediation: {
    steps: ['Move applications to Microsoft Entra ID (managed identities and RBAC data roles) and user-delegation SAS.', 'Confirm in storage logs that no request is authorized with Shared Key any more.', "Set 'Allow storage account key access' to Disabled."],
    cli: 'az storage account update --name <account> --resource-group <rg> --allow-shared-key-access false',
    terraform: 'resource "azurerm_storage_account" "this" {\n  # ...\n  shared_access_key_enabled = false\n}',
  },
  references: [STORAGE_REFS.sharedKey],
  compliance: [cis('10.3.1.3'), mcsb('IM-1'), nist('IA-2')],
  version: 1,
  evaluate(asset) {
    const value = accountOf(asset).allowSharedKeyAccess;
    // Documented: an unset allowSharedKeyAccess (null) is equivalent to true.
    const evidence = { path: 'config.account.allowSharedKeyAccess', observed: value ?? null, expected: false };
    return check(value === false, evidence, 'Only Microsoft Entra ID authorization is accepted', `Shared Key authorization is allowed${value === true ? '' : ' (unset means allowed)'}`);
  },
};
