import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.sql-servers-on-machines-plan-on',
  plan: 'SqlServerVirtualMachines',
  label: 'Defender for SQL servers on machines',
  protects: 'SQL Server running on virtual machines and Arc-enabled servers',
  cisControl: '9.1.7.4',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-usage',
});
