import type { FlowLog } from '@azure/arm-network';
import { fail, need, type Rule } from '../../../core/rule.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { FLOW_LOG_TF, judgeFlowLog } from './support/flow-log.js';
import { NSG_TYPE } from './support/nsg-rule.js';

export const rule: Rule = {
  id: 'azure.network.nsg-flow-log-retention-90-days',
  title: 'Network security group has a flow log retained for 90 days or more',
  severity: 'medium',
  providers: ['azure'],
  types: [NSG_TYPE],
  rationale: 'Flow logs are the record of which addresses talked to which ports; intrusions are often found weeks after they start, so fewer than 90 days of logs leaves the start of an attack unexplained.',
  remediation: {
    steps: ['Open Network Watcher > Flow logs and select (or create) the flow log for this NSG.', 'Turn it on, send it to a storage account and set retention to 90 days or more.', 'NSG flow logs are being retired in favour of virtual network flow logs; prefer those for new networks.'],
    cli: 'az network watcher flow-log create --location <region> --name <nsg>-flowlog --nsg <nsg-id> --storage-account <storage-id> --retention 90 --enabled true',
    terraform: FLOW_LOG_TF('azurerm_network_security_group.this.id'),
  },
  references: ['https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-overview', 'https://learn.microsoft.com/en-us/azure/network-watcher/nsg-flow-logs-manage'],
  compliance: [cis('8.5'), mcsb('LT-4'), mcsb('LT-6'), nist('AU-11')],
  version: 1,
  evaluate(asset) {
    const flowLogs = need<FlowLog[] | null>(asset, 'flowLogs') ?? [];
    if (!flowLogs.length) return fail('No flow log targets this network security group', [{ path: 'config.flowLogs', observed: [], expected: 'a flow log' }]);
    const verdicts = flowLogs.map((f, i) => judgeFlowLog(f, `config.flowLogs[${i}]`));
    return verdicts.find((v) => v.status === 'pass') ?? { status: 'fail', reason: verdicts.map((v) => v.reason).join('; '), evidence: verdicts.flatMap((v) => v.evidence) };
  },
};
