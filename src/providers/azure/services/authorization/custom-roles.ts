import { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { AzureCollector } from '../../collector.js';

export const ROLE_DEFINITION = 'Microsoft.Authorization/roleDefinitions';

/**
 * Custom role definitions assignable in the subscription, from `roleDefinitions.list` at the subscription
 * scope filtered to `type eq 'CustomRole'` (built-in roles are the same everywhere and not assets).
 */
export const customRolesCollector: AzureCollector = {
  id: 'azure.authorization.custom-roles',
  service: 'authorization',
  types: [ROLE_DEFINITION],
  permissions: ['Microsoft.Authorization/roleDefinitions/read'],
  async *collect(ctx) {
    const auth = ctx.client(AuthorizationManagementClient);
    const scope = `subscriptions/${ctx.subscriptionId}`;
    const roles = ctx.list('authorization', 'roleDefinitions.list', (token) => auth.roleDefinitions.list(scope, { filter: "type eq 'CustomRole'" }).byPage({ continuationToken: token }));
    for await (const role of roles) {
      if (!role.id || !role.name) continue;
      const asset = ctx.asset({ id: role.id, type: ROLE_DEFINITION, kind: 'identity.role', name: role.roleName ?? role.name });
      ctx.aspect(asset, 'definition', { ok: true, value: role });
      ctx.progress(1);
      yield asset;
    }
  },
};
