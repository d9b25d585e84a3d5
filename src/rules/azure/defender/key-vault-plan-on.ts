import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.key-vault-plan-on',
  plan: 'KeyVaults',
  label: 'Defender for Key Vault',
  protects: 'key vaults (unusual access to keys and secrets)',
  cisControl: '9.1.8.1',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-key-vault-introduction',
});
