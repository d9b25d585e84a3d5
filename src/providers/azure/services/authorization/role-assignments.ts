import { AuthorizationManagementClient } from '@azure/arm-authorization';
import type { AzureCollector } from '../../collector.js';

export const ROLE_ASSIGNMENT = 'Microsoft.Authorization/roleAssignments';

/**
 * Azure RBAC role assignments from `roleAssignments.listForSubscription`: every assignment at the
 * subscription, its resource groups and resources, and those inherited from management groups (their
 * `scope` says where). The listing carries everything the rules read, so there is no per-item call.
 */
export const roleAssignmentsCollector: AzureCollector = {
  id: 'azure.authorization.role-assignments',
  service: 'authorization',
  types: [ROLE_ASSIGNMENT],
  permissions: ['Microsoft.Authorization/roleAssignments/read'],
  async *collect(ctx) {
    const auth = ctx.client(AuthorizationManagementClient);
    for await (const a of ctx.list('authorization', 'roleAssignments.listForSubscription', (token) => auth.roleAssignments.listForSubscription().byPage({ continuationToken: token }))) {
      if (!a.id || !a.name) continue;
      const asset = ctx.asset({ id: a.id, type: ROLE_ASSIGNMENT, kind: 'identity.role-assignment', name: a.name });
      ctx.aspect(asset, 'assignment', { ok: true, value: a });
      ctx.progress(1);
      yield asset;
    }
  },
};
