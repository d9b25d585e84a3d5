import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.app-service-plan-on',
  plan: 'AppServices',
  label: 'Defender for App Service',
  protects: 'App Service web apps and their hosting infrastructure',
  cisControl: '9.1.6.1',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-app-service-introduction',
});
