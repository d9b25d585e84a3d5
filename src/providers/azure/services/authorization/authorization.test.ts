import { describe, expect, it } from 'vitest';
import { byName, collectAzure, DEMO_DEV, DEMO_PROD, demoEstate } from '../../../../../test/support/azure.js';
import { customRolesCollector, ROLE_DEFINITION } from './custom-roles.js';
import { ROLE_ASSIGNMENT, roleAssignmentsCollector } from './role-assignments.js';

const OWNER = '8e3af657-a8ff-443c-a75c-2fe8c4bcb635';

describe('azure.authorization collectors on the demo estate', () => {
  it('collects role assignments with role, principal and scope', async () => {
    const out = await collectAzure(await demoEstate(), roleAssignmentsCollector, { subscription: DEMO_PROD });
    expect(out.errors).toEqual([]);
    expect(out.assets).toHaveLength(4);
    const guest = byName(out.assets, ROLE_ASSIGNMENT, 'a11c0000-0000-4000-8000-000000000001');
    expect(guest).toMatchObject({ kind: 'identity.role-assignment', region: 'global', account: DEMO_PROD, id: `/subscriptions/${DEMO_PROD}/providers/Microsoft.Authorization/roleAssignments/a11c0000-0000-4000-8000-000000000001` });
    expect(guest.config.assignment).toMatchObject({ roleDefinitionId: `/subscriptions/${DEMO_PROD}/providers/Microsoft.Authorization/roleDefinitions/${OWNER}`, principalType: 'User', scope: `/subscriptions/${DEMO_PROD}`, createdOn: '2023-04-11T09:00:00.000Z' });
  });

  it('collects custom roles only, with their permissions', async () => {
    const out = await collectAzure(await demoEstate(), customRolesCollector);
    expect(out.errors).toEqual([]);
    expect(out.assets.map((a) => a.name).sort()).toEqual(['Platform Admin (custom)', 'VM Operator']);
    const admin = byName(out.assets, ROLE_DEFINITION, 'Platform Admin (custom)');
    expect(admin).toMatchObject({ kind: 'identity.role', region: 'global', account: DEMO_PROD });
    expect(admin.config.definition).toMatchObject({ roleType: 'CustomRole', assignableScopes: [`/subscriptions/${DEMO_PROD}`], permissions: [{ actions: ['*'], notActions: [] }] });
  });

  it('denied listings make coverage incomplete, with errors naming the call', async () => {
    const out = await collectAzure(await demoEstate(), [roleAssignmentsCollector, customRolesCollector], {
      subscription: DEMO_DEV,
      faults: [{ effect: 'deny', service: 'authorization', operation: 'Microsoft.Authorization/roleAssignments.listForSubscription' }],
    });
    expect(out.assets).toEqual([]);
    expect(out.errors).toMatchObject([{ provider: 'azure', account: DEMO_DEV, region: 'global', service: 'authorization', operation: 'roleAssignments.listForSubscription', code: 'AuthorizationFailed' }]);
    expect(out.coverage.find((c) => c.collector === 'azure.authorization.role-assignments')).toMatchObject({ ok: false });
    expect(out.coverage.find((c) => c.collector === 'azure.authorization.custom-roles')).toMatchObject({ ok: true });
  });
});
