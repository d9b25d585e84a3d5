import { defenderPlanRule } from './support/plan-rule.js';

export const rule = defenderPlanRule({
  id: 'azure.defender.containers-plan-on',
  plan: 'Containers',
  label: 'Defender for Containers',
  protects: 'Kubernetes clusters, nodes, workloads and container registries',
  cisControl: '9.1.4.1',
  reference: 'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-containers-introduction',
});
