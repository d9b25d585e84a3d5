import type { RoleAssignment } from '@azure/arm-authorization';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { cis, mcsb, nist } from '../support/frameworks.js';

/** The built-in User Access Administrator role definition id (the same in every tenant). */
const USER_ACCESS_ADMINISTRATOR = '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9';

export const rule: Rule = {
  id: 'azure.identity.user-access-administrator-not-at-root',
  title: "No one holds 'User Access Administrator' at root scope (/)",
  severity: 'high',
  providers: ['azure'],
  types: ['Microsoft.Authorization/roleAssignments'],
  rationale:
    "A Global Administrator who elevates access gets User Access Administrator at '/', which lets them grant themselves any role on every subscription and management group in the tenant. The elevation is meant to be temporary; a standing assignment is a tenant-wide backdoor.",
  remediation: {
    steps: ['Confirm with the principal that the elevated access is no longer needed.', "In Microsoft Entra ID > Properties, set 'Access management for Azure resources' to No for that administrator, or remove the assignment at '/'."],
    cli: 'az role assignment delete --assignee <principal-id> --role "User Access Administrator" --scope "/"',
    terraform: '# Root-scope elevation is not managed with Terraform; remove it with: az role assignment delete --role "User Access Administrator" --scope "/"',
  },
  references: ['https://learn.microsoft.com/en-us/azure/role-based-access-control/elevate-access-global-admin'],
  compliance: [cis('6.3.3'), mcsb('PA-1'), nist('AC-6(5)')],
  version: 1,
  evaluate(asset) {
    const a = need<RoleAssignment>(asset, 'assignment');
    const isUaa = (a.roleDefinitionId ?? '').toLowerCase().endsWith(`/${USER_ACCESS_ADMINISTRATOR}`);
    const evidence = [
      { path: 'config.assignment.roleDefinitionId', observed: a.roleDefinitionId ?? null, expected: `not .../${USER_ACCESS_ADMINISTRATOR} at scope /` },
      { path: 'config.assignment.scope', observed: a.scope ?? null, expected: 'not /' },
    ];
    if (isUaa && a.scope === '/') return fail(`Principal ${a.principalId ?? '?'} (${a.principalType ?? 'unknown type'}) holds User Access Administrator at root scope`, evidence);
    return pass(isUaa ? `User Access Administrator is assigned at ${a.scope}, not root` : 'The assignment is not User Access Administrator at root scope', evidence);
  },
};
