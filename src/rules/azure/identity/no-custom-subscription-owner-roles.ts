import type { RoleDefinition } from '@azure/arm-authorization';
import { fail, need, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { cis, mcsb, nist } from '../support/frameworks.js';

/** Scopes at or above a subscription: the root, management groups and subscriptions themselves. */
const SUBSCRIPTION_OR_ABOVE = /^\/$|^\/providers\/microsoft\.management\/managementgroups\/[^/]+$|^\/subscriptions\/[^/]+$/i;

export const rule: Rule = {
  id: 'azure.identity.no-custom-subscription-owner-roles',
  title: 'No custom role grants all actions (*) at subscription scope or above',
  severity: 'high',
  providers: ['azure'],
  types: ['Microsoft.Authorization/roleDefinitions'],
  rationale: "A custom role with '*' actions assignable to a subscription is an Owner in disguise: it escapes reviews that look for the built-in Owner role and hands out full control, including the right to grant access to others.",
  remediation: {
    steps: ['List the assignments of the role and move each principal to the least-privileged built-in or narrowly scoped custom role.', "Remove '*' from the role's actions (list the needed operations instead), or delete the role."],
    cli: 'az role definition delete --name "<custom role name>"',
    terraform: 'resource "azurerm_role_definition" "ops" {\n  name  = "ops-operator"\n  scope = data.azurerm_subscription.current.id\n  permissions {\n    actions = ["Microsoft.Compute/virtualMachines/start/action", "Microsoft.Compute/virtualMachines/restart/action"] # never "*"\n  }\n  assignable_scopes = [data.azurerm_subscription.current.id]\n}',
  },
  references: ['https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles', 'https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices'],
  compliance: [cis('6.23'), mcsb('PA-7'), nist('AC-6')],
  version: 1,
  evaluate(asset) {
    const role = need<RoleDefinition>(asset, 'definition');
    // The collector lists custom roles only; a built-in one reaching here is not this control's business.
    if (role.roleType && role.roleType !== 'CustomRole') return notApplicable(`${role.roleName ?? asset.name} is a built-in role`);
    const wildcard = (role.permissions ?? []).some((p) => (p.actions ?? []).includes('*'));
    const broad = (role.assignableScopes ?? []).filter((s) => SUBSCRIPTION_OR_ABOVE.test(s));
    const evidence = [
      { path: 'config.definition.permissions[].actions', observed: (role.permissions ?? []).flatMap((p) => p.actions ?? []), expected: "no '*'" },
      { path: 'config.definition.assignableScopes', observed: role.assignableScopes ?? [], expected: 'below subscription when actions include *' },
    ];
    if (wildcard && broad.length) return fail(`${role.roleName ?? asset.name} allows every action and is assignable at ${broad.join(', ')}`, evidence);
    return pass(wildcard ? `${role.roleName} allows every action but only below subscription scope` : `${role.roleName ?? asset.name} does not grant all actions`, evidence);
  },
};
