import { describe } from 'vitest';
import { azureAsset, deniedGap, FIXTURE_SUBSCRIPTION } from '../../../../test/support/azure-assets.js';
import { itJudges } from '../../../../test/support/azure-rule-cases.js';
import { rule } from './no-custom-subscription-owner-roles.js';

const TYPE = 'Microsoft.Authorization/roleDefinitions';
const SUB = `/subscriptions/${FIXTURE_SUBSCRIPTION}`;
const role = (actions: string[], assignableScopes: string[], roleType = 'CustomRole') =>
  azureAsset({ type: TYPE, kind: 'identity.role', region: 'global', name: 'custom', config: { definition: { roleName: 'custom-admin', roleType, permissions: [{ actions, notActions: [] }], assignableScopes } } });

describe(rule.id, () => {
  itJudges(rule, [
    { name: 'narrow actions at subscription', asset: role(['Microsoft.Compute/virtualMachines/read'], [SUB]), expect: 'pass' },
    { name: 'wildcard limited to a resource group', asset: role(['*'], [`${SUB}/resourceGroups/rg1`]), expect: 'pass', reason: /below subscription/ },
    { name: 'wildcard at subscription', asset: role(['*'], [SUB]), expect: 'fail', reason: /custom-admin allows every action/ },
    { name: 'wildcard at a management group', asset: role(['*'], ['/providers/Microsoft.Management/managementGroups/mg1']), expect: 'fail' },
    { name: 'wildcard at root', asset: role(['*'], ['/']), expect: 'fail' },
    { name: 'built-in role', asset: role(['*'], ['/'], 'BuiltInRole'), expect: 'not_applicable' },
    { name: 'definitions listing denied', asset: azureAsset({ type: TYPE, gaps: { definition: deniedGap('authorization', 'roleDefinitions.list', 'AuthorizationFailed', 'global') } }), expect: 'unknown' },
  ]);
});
