import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.storage-plan-on',
  plan: 'StorageAccounts',
  label: 'Defender for Storage',
  protects: 'storage accounts (malware uploads, unusual access, data exfiltration)',
  cisControl: '9.1.5.1',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-storage-introduction',
});
