import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.servers-plan-on',
  plan: 'VirtualMachines',
  label: 'Defender for Servers',
  protects: 'virtual machines and Arc-connected servers',
  cisControl: '9.1.3.1',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-servers-overview',
});
