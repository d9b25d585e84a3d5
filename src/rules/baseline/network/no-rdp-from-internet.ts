import type { Rule } from '../../../core/rule.js';
import { portsClosedVerdict } from '../support/firewall-verdict.js';

export const rule: Rule = {
  id: 'baseline.network.no-rdp-from-internet',
  title: 'Firewall does not admit RDP (3389) from the internet',
  severity: 'high',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['network.firewall-rule'],
  rationale:
    'RDP open to the internet is one of the most exploited entry points (brute force, BlueKeep-class bugs). Judged on normalized entries over TCP and UDP 3389: AWS security groups, Azure NSGs with priorities and default rules, GCP firewall rules that are not disabled.',
  remediation: {
    steps: [
      'AWS: remove the security group permission for 3389 from 0.0.0.0/0 and ::/0; use Fleet Manager/Session Manager.',
      'Azure: remove the NSG rule; use Azure Bastion or just-in-time VM access.',
      'GCP: restrict sourceRanges for tcp:3389 to IAP (35.235.240.0/20) or delete the rule.',
      'Generic: keep administrative ports closed in IaC and require a bastion.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <SG> --protocol tcp --port 3389 --cidr 0.0.0.0/0\naz network nsg rule delete -g <RG> --nsg-name <NSG> -n <RULE>\ngcloud compute firewall-rules delete <RULE>',
    terraform: 'resource "azurerm_network_security_rule" "rdp" {\n  # ...\n  source_address_prefix = "10.0.0.0/8" # never "*" or "Internet"\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://learn.microsoft.com/en-us/azure/bastion/bastion-overview',
    'https://cloud.google.com/iap/docs/using-tcp-forwarding',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-7' },
    { framework: 'nist-800-53-r5', control: 'AC-17' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '3.7' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '8.1' },
    { framework: 'mcsb', control: 'NS-1' },
  ],
  version: 1,
  evaluate(asset) {
    return portsClosedVerdict(asset, [3389], 'RDP (3389)', ['tcp', 'udp']);
  },
};
