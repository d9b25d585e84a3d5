import { fail, pass, type Rule } from '../../../core/rule.js';
import type { Evidence } from '../../../core/verdict.js';
import { ADMIN_PORTS } from './security-group-admin-ports-closed-ipv4.js';
import { decideWorldIngress, NACL_ASPECT, needAclEntries, type AclDecision } from './support/network-acl.js';

const FAMILIES = ['ipv4', 'ipv6'] as const;
const PROTOCOLS = ['tcp', 'udp'] as const;

function evidenceFor(d: AclDecision): Evidence {
  const where = d.index === undefined ? `config.${NACL_ASPECT}.Entries` : `config.${NACL_ASPECT}.Entries[${d.index}]`;
  const e = d.entry;
  return {
    path: where,
    observed: e
      ? { RuleNumber: e.RuleNumber, RuleAction: e.RuleAction, Protocol: e.Protocol, PortRange: e.PortRange ?? null, source: e.CidrBlock ?? e.Ipv6CidrBlock, decides: `${d.protocol}/${d.port} from ${d.family === 'ipv4' ? '0.0.0.0/0' : '::/0'}` }
      : { decides: `${d.protocol}/${d.port} from ${d.family === 'ipv4' ? '0.0.0.0/0' : '::/0'}`, by: 'implicit deny (*)' },
    expected: 'deny',
  };
}

export const rule: Rule = {
  id: 'aws.ec2.network-acl-admin-ports-closed',
  title: 'Network ACLs do not allow ingress from 0.0.0.0/0 or ::/0 to remote administration ports',
  severity: 'medium',
  providers: ['aws'],
  types: ['AWS::EC2::NetworkAcl'],
  rationale:
    'Network ACLs are the subnet-level backstop for security groups. An ACL that lets the whole internet reach ' +
    'SSH (22) or RDP (3389) leaves a single security group mistake between those ports and every scanner.',
  remediation: {
    steps: [
      'Open the network ACL in the VPC console and edit its inbound rules.',
      'Add a DENY entry for TCP/UDP 22 and 3389 from 0.0.0.0/0 (and ::/0) numbered before any broader ALLOW, or narrow the ALLOW entries.',
    ],
    cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol tcp --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    terraform: 'resource "aws_network_acl_rule" "deny_ssh" {\n  network_acl_id = aws_network_acl.main.id\n  rule_number    = 50\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 22\n  to_port        = 22\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-network-acls.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-21',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '5.2' },
    { framework: 'aws-fsbp', control: 'EC2.21' },
  ],
  version: 1,
  evaluate(asset) {
    const entries = needAclEntries(asset);
    // CIS counts TCP, UDP and all-protocol entries; the IPv6 twin of an entry is checked too, since ::/0 is as open.
    const decisions = FAMILIES.flatMap((f) => PROTOCOLS.flatMap((p) => ADMIN_PORTS.map((port) => decideWorldIngress(entries, f, p, port))));
    const allowed = decisions.filter((d) => d.action === 'allow');
    if (allowed.length) {
      const what = [...new Set(allowed.map((d) => `${d.protocol}/${d.port} from ${d.family === 'ipv4' ? '0.0.0.0/0' : '::/0'} (rule ${d.entry?.RuleNumber})`))];
      return fail(`Network ACL ${asset.name} allows ${what.join(', ')}`, allowed.map(evidenceFor));
    }
    return pass(`Network ACL ${asset.name} denies internet ingress to ports 22 and 3389`, decisions.map(evidenceFor));
  },
};
