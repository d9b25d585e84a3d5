import type { FlowLog } from '@azure/arm-network';
import { need, notApplicable, type Rule } from '../../../core/rule.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { FLOW_LOG_TF, FLOW_LOG_TYPE, judgeFlowLog } from './support/flow-log.js';

export const rule: Rule = {
  id: 'azure.network.vnet-flow-log-retention-90-days',
  title: 'Virtual network flow log is on and retained for 90 days or more',
  severity: 'medium',
  providers: ['azure'],
  types: [FLOW_LOG_TYPE],
  rationale: 'Virtual network flow logs record every flow in the network; keeping fewer than 90 days loses the evidence of intrusions that are found late, which is most of them.',
  remediation: {
    steps: ['Open Network Watcher > Flow logs and select the virtual network flow log.', 'Make sure it is enabled and set retention to 90 days or more (0 keeps records forever).', 'Save.'],
    cli: 'az network watcher flow-log update --location <region> --name <flow-log> --retention 90 --enabled true',
    terraform: FLOW_LOG_TF('azurerm_virtual_network.this.id'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-overview', 'https://learn.microsoft.com/en-us/azure/network-watcher/vnet-flow-logs-manage'],
  compliance: [cis('8.8'), mcsb('LT-4'), mcsb('LT-6'), nist('AU-11')],
  version: 1,
  evaluate(asset) {
    const flowLog = need<FlowLog>(asset, 'flowLog');
    // NSG flow logs are judged on their NSG by azure.network.nsg-flow-log-retention-90-days.
    if (!/\/providers\/Microsoft\.Network\/virtualNetworks\//i.test(flowLog.targetResourceId ?? '')) return notApplicable(`The flow log targets ${flowLog.targetResourceId ?? 'nothing'}, not a virtual network`);
    return judgeFlowLog(flowLog, 'config.flowLog');
  },
};
