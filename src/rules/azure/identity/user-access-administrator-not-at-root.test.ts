import { describe } from 'vitest';
import { azureAsset, deniedGap, FIXTURE_SUBSCRIPTION } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './user-access-administrator-not-at-root.js';

const TYPE = 'Microsoft.Authorization/roleAssignments';
const UAA = `/subscriptions/${FIXTURE_SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9`;
const OWNER = `/subscriptions/${FIXTURE_SUBSCRIPTION}/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635`;
const assignment = (roleDefinitionId: string, scope: string) =>
  azureAsset({ type: TYPE, kind: 'identity.role-assignment', region: 'global', name: 'ra', config: { assignment: { roleDefinitionId, scope, principalId: 'p-1', principalType: 'User' } } });

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'UAA at root', asset: assignment(UAA, '/'), expect: 'fail', reason: /p-1 \(User\)/ },
    { name: 'UAA at subscription', asset: assignment(UAA, `/subscriptions/${FIXTURE_SUBSCRIPTION}`), expect: 'pass', reason: /not root/ },
    { name: 'Owner at root', asset: assignment(OWNER, '/'), expect: 'pass' },
    { name: 'assignments listing denied', asset: azureAsset({ type: TYPE, gaps: { assignment: deniedGap('authorization', 'roleAssignments.listForSubscription', 'AuthorizationFailed', 'global') } }), expect: 'unknown' },
  ]);
});
