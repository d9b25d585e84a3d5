/**
 * Azure RBAC (Microsoft.Authorization): role assignments of a subscription and role definitions (the
 * built-in roles every tenant has, plus the estate's custom roles).
 *
 * Estate sections, ARM wire JSON:
 * - `roleAssignments`: [{name: <guid>, properties: {roleDefinitionId, principalId, principalType, scope,
 *   description?, condition?}}]; `id` defaults to `<scope>/providers/Microsoft.Authorization/roleAssignments/<name>`.
 * - `roleDefinitions` (custom roles): [{name: <guid>, properties: {roleName, description, assignableScopes,
 *   permissions: [{actions, notActions, dataActions, notDataActions}]}}]; `type` is CustomRole.
 * The subscription listing honours `$filter=principalId eq '<id>'`; the definition listing honours
 * `$filter=type eq 'CustomRole'|'BuiltInRole'` and `roleName eq '<name>'`, as ARM does.
 */
import type { AzureSubscriptionEstate } from '../estate.js';
import { AzureSimError, type AzureSimContext, type AzureSimService } from '../service.js';
import { guid, pick } from './arm-resources.js';

export interface SimRoleAssignment {
  id?: string;
  name: string;
  properties: { roleDefinitionId: string; principalId: string; principalType?: string; scope?: string; [k: string]: unknown };
}

export interface SimRoleDefinition {
  id?: string;
  name: string;
  properties: { roleName: string; description?: string; assignableScopes?: string[]; permissions?: Array<Record<string, string[]>>; [k: string]: unknown };
}

/** Well-known ids of the built-in roles (the same in every tenant). */
export const BUILT_IN_ROLES: Record<string, { id: string; actions: string[]; notActions?: string[]; description: string }> = {
  Owner: { id: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', actions: ['*'], description: 'Grants full access to manage all resources, including the ability to assign roles in Azure RBAC.' },
  Contributor: { id: 'b24988ac-6180-42a0-ab88-20f7382dd24c', actions: ['*'], notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'], description: 'Grants full access to manage all resources, but does not allow you to assign roles in Azure RBAC.' },
  Reader: { id: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', actions: ['*/read'], description: 'View all resources, but does not allow you to make any changes.' },
  'User Access Administrator': { id: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', actions: ['*/read', 'Microsoft.Authorization/*', 'Microsoft.Support/*'], description: 'Lets you manage user access to Azure resources.' },
};

const DEFS = '/providers/Microsoft.Authorization/roleDefinitions';

function assignmentWire(sub: string, a: SimRoleAssignment): Record<string, unknown> {
  const scope = a.properties.scope ?? `/subscriptions/${sub}`;
  return {
    id: a.id ?? `${scope}/providers/Microsoft.Authorization/roleAssignments/${a.name}`,
    name: a.name,
    type: 'Microsoft.Authorization/roleAssignments',
    properties: { principalType: 'User', createdOn: '2024-01-15T09:00:00.0000000Z', updatedOn: '2024-01-15T09:00:00.0000000Z', ...a.properties, scope },
  };
}

function definitions(ctx: AzureSimContext): Array<Record<string, unknown>> {
  const sub = ctx.subscription.subscriptionId;
  const builtIn = Object.entries(BUILT_IN_ROLES).map(([roleName, r]) => ({
    id: `/subscriptions/${sub}${DEFS}/${r.id}`,
    name: r.id,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: { roleName, type: 'BuiltInRole', description: r.description, assignableScopes: ['/'], permissions: [{ actions: r.actions, notActions: r.notActions ?? [], dataActions: [], notDataActions: [] }] },
  }));
  const custom = ctx.section<SimRoleDefinition>('roleDefinitions').map((d) => ({
    id: d.id ?? `/subscriptions/${sub}${DEFS}/${d.name}`,
    name: d.name,
    type: 'Microsoft.Authorization/roleDefinitions',
    properties: { description: '', assignableScopes: [`/subscriptions/${sub}`], createdOn: '2024-01-15T09:00:00.0000000Z', updatedOn: '2024-01-15T09:00:00.0000000Z', ...d.properties, permissions: (d.properties.permissions ?? []).map((p) => ({ actions: [], notActions: [], dataActions: [], notDataActions: [], ...p })), type: 'CustomRole' },
  }));
  return [...builtIn, ...custom];
}

/** ARM's OData subset for these listings: `field eq 'value'` joined by `and`. */
function filterOf(ctx: AzureSimContext): Array<[string, string]> {
  const f = ctx.query.get('$filter');
  if (!f) return [];
  return f.split(/\s+and\s+/i).map((clause) => {
    const m = /^\s*(\w+)\s+eq\s+'([^']*)'\s*$/i.exec(clause);
    if (m) return [m[1]!.toLowerCase(), m[2]!] as [string, string];
    if (/^\s*atScope\(\)\s*$/i.test(clause)) return ['atscope', ''] as [string, string];
    throw new AzureSimError('InvalidFilterInQueryString', `The filter '${f}' is not supported.`, 400);
  });
}

export const authorizationService: AzureSimService = {
  name: 'authorization',
  routes: [
    {
      method: 'GET', path: '/subscriptions/{subscriptionId}/providers/Microsoft.Authorization/roleAssignments', operation: 'Microsoft.Authorization/roleAssignments.listForSubscription', kind: 'list',
      handler: (ctx) => {
        const principal = filterOf(ctx).find(([k]) => k === 'principalid')?.[1];
        return ctx.section<SimRoleAssignment>('roleAssignments').filter((a) => principal === undefined || a.properties.principalId === principal).map((a) => assignmentWire(ctx.subscription.subscriptionId, a));
      },
    },
    {
      method: 'GET', path: `/subscriptions/{subscriptionId}${DEFS}`, operation: 'Microsoft.Authorization/roleDefinitions.list', kind: 'list',
      handler: (ctx) => {
        const f = filterOf(ctx);
        const type = f.find(([k]) => k === 'type')?.[1];
        const roleName = f.find(([k]) => k === 'rolename')?.[1];
        return definitions(ctx).filter((d) => {
          const p = d.properties as { type: string; roleName: string };
          return (type === undefined || p.type.toLowerCase() === type.toLowerCase()) && (roleName === undefined || p.roleName === roleName);
        });
      },
    },
  ],
  generate: generateRbac,
};

/** Assignments (some Owner on the whole subscription) and a custom role every tenth resource. */
function generateRbac(sub: AzureSubscriptionEstate, count: number, rand: () => number): number {
  const assignments: SimRoleAssignment[] = (sub.resources.roleAssignments ??= []);
  const custom: SimRoleDefinition[] = (sub.resources.roleDefinitions ??= []);
  const seed = parseInt(sub.subscriptionId.slice(0, 8), 16) || 1;
  for (let i = 0; i < count; i++) {
    if (i % 10 === 9) {
      custom.push({ name: guid(seed, 100_000 + i), properties: { roleName: `bench-custom-${i}`, permissions: [{ actions: rand() < 0.3 ? ['*'] : ['Microsoft.Compute/*/read'] }] } });
      continue;
    }
    const role = pick(rand, ['Owner', 'Contributor', 'Reader', 'Reader', 'Reader'] as const);
    assignments.push({ name: guid(seed, i), properties: { roleDefinitionId: `/subscriptions/${sub.subscriptionId}${DEFS}/${BUILT_IN_ROLES[role]!.id}`, principalId: guid(seed + 1, i), principalType: pick(rand, ['User', 'Group', 'ServicePrincipal']) } });
  }
  return count;
}
