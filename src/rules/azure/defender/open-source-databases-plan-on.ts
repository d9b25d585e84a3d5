import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.open-source-databases-plan-on',
  plan: 'OpenSourceRelationalDatabases',
  label: 'Defender for open-source relational databases',
  protects: 'PostgreSQL, MySQL and MariaDB servers',
  cisControl: '9.1.7.2',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-databases-introduction',
});
