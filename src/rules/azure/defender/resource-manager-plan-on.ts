import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.resource-manager-plan-on',
  plan: 'Arm',
  label: 'Defender for Resource Manager',
  protects: 'management operations on the subscription (portal, CLI, API)',
  cisControl: '9.1.9.1',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-resource-manager-introduction',
});
