import type { Rule } from '../../../core/rule.js';
import { portsClosedVerdict } from '../support/firewall-verdict.js';

export const rule: Rule = {
  id: 'baseline.network.no-ssh-from-internet',
  title: 'Firewall does not admit SSH (22) from the internet',
  severity: 'high',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['network.firewall-rule'],
  rationale:
    'SSH open to 0.0.0.0/0 or ::/0 invites brute force and exploitation of the SSH daemon. Judged on normalized entries: AWS security group permissions; Azure NSG custom and default rules with their priorities (a higher-priority internet-wide Deny shadows a later Allow; *, Internet and Any count as the internet); ' +
    'GCP firewall rules that are not disabled. A GCP deny in another firewall rule of higher priority is not taken into account.',
  remediation: {
    steps: [
      'AWS: remove or narrow the security group permission for port 22 to known addresses; use Session Manager instead of inbound SSH.',
      'Azure: remove or narrow the NSG rule for port 22; use Azure Bastion or just-in-time VM access.',
      'GCP: restrict the firewall rule\'s sourceRanges for tcp:22 (e.g. to 35.235.240.0/20 for IAP TCP forwarding) or delete it.',
      'Generic: manage firewall rules in IaC and review source ranges in code review.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <SG> --protocol tcp --port 22 --cidr 0.0.0.0/0\naz network nsg rule delete -g <RG> --nsg-name <NSG> -n <RULE>\ngcloud compute firewall-rules update <RULE> --source-ranges=35.235.240.0/20',
    terraform: 'resource "google_compute_firewall" "ssh" {\n  # ...\n  source_ranges = ["35.235.240.0/20"] # IAP only\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-groups-overview',
    'https://cloud.google.com/firewall/docs/firewalls',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-7' },
    { framework: 'nist-800-53-r5', control: 'AC-17' },
    { framework: 'nist-800-53-r5', control: 'CM-7' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '3.6' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '8.2' },
    { framework: 'mcsb', control: 'NS-1' },
  ],
  version: 1,
  evaluate(asset) {
    return portsClosedVerdict(asset, [22], 'SSH (22)');
  },
};
