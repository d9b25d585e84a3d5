import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.cosmos-db-plan-on',
  plan: 'CosmosDbs',
  label: 'Defender for Azure Cosmos DB',
  protects: 'Cosmos DB accounts (injection, anomalous access, key abuse)',
  cisControl: '9.1.7.1',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-defender-for-cosmos',
});
