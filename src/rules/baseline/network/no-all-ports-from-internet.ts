import type { Rule } from '../../../core/rule.js';
import { fail, pass } from '../../../core/rule.js';
import { describeExposure, exposedAllPorts } from '../support/firewall-exposure.js';
import { firewallOf } from '../support/firewall-verdict.js';

export const rule: Rule = {
  id: 'baseline.network.no-all-ports-from-internet',
  title: 'Firewall does not admit all ports or protocols from the internet',
  severity: 'critical',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['network.firewall-rule'],
  rationale:
    'A rule admitting every protocol, or every TCP/UDP port, from 0.0.0.0/0 or ::/0 exposes every service listening on the attached machines, including ones nobody knows about. Judged on normalized AWS security group, Azure NSG (with priorities and default rules) and GCP firewall entries.',
  remediation: {
    steps: [
      'AWS: replace the all-traffic permission with the specific ports the workload serves.',
      'Azure: replace the Allow * rule with rules for specific ports and sources.',
      'GCP: replace allowed IPProtocol "all" (or tcp without ports) from 0.0.0.0/0 with specific ports and ranges.',
      'Generic: forbid protocol -1 / "*" / "all" from anywhere in IaC policy checks.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <SG> --ip-permissions IpProtocol=-1,IpRanges=[{CidrIp=0.0.0.0/0}]\naz network nsg rule delete -g <RG> --nsg-name <NSG> -n <RULE>\ngcloud compute firewall-rules delete <RULE>',
    terraform: '# Declare each ingress port explicitly; never protocol = "-1" with cidr_blocks = ["0.0.0.0/0"].',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://learn.microsoft.com/en-us/azure/virtual-network/network-security-group-how-it-works',
    'https://cloud.google.com/firewall/docs/firewalls#firewall_rule_components',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-7' },
    { framework: 'nist-800-53-r5', control: 'SC-7(5)' },
    { framework: 'nist-800-53-r5', control: 'CM-7' },
    { framework: 'mcsb', control: 'NS-1' },
  ],
  version: 1,
  evaluate(asset) {
    const fw = firewallOf(asset);
    const hits = exposedAllPorts(fw);
    const expected = 'no all-port or all-protocol ingress from the internet';
    if (!hits.length) return pass('No entry admits all ports or protocols from the internet', [{ path: 'facets.entries', observed: `${fw.entries.length} entries`, expected }]);
    return fail(`All ports are open to the internet through ${hits.map(describeExposure).join(', ')}`, hits.map((h) => ({ path: `facets.entries[${h.entry.ref}]`, observed: { protocol: h.entry.protocol, ports: h.entry.ports, peers: h.entry.peers }, expected })));
  },
};
