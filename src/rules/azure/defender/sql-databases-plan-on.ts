import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.sql-databases-plan-on',
  plan: 'SqlServers',
  label: 'Defender for Azure SQL Databases',
  protects: 'Azure SQL databases, managed instances and Synapse SQL pools',
  cisControl: '9.1.7.3',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-introduction',
});
