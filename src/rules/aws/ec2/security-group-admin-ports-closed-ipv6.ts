import type { Rule } from '../../../core/rule.js';
import { evaluatePortExposure } from './support/port-exposure.js';
import { ADMIN_PORTS } from './security-group-admin-ports-closed-ipv4.js';

export const rule: Rule = {
  id: 'aws.ec2.security-group-admin-ports-closed-ipv6',
  title: 'Security groups do not allow ingress from ::/0 to remote administration ports',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::SecurityGroup'],
  rationale:
    'An IPv6 rule from ::/0 exposes SSH (22) and RDP (3389) to the whole IPv6 internet; teams that lock down ' +
    '0.0.0.0/0 often forget the IPv6 twin of the same rule.',
  remediation: {
    steps: [
      'Open the security group in the VPC console and edit its inbound rules.',
      'Replace the ::/0 source on rules covering port 22 or 3389 with a specific IPv6 prefix, or delete the rule.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,Ipv6Ranges=[{CidrIpv6=::/0}]',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "ssh_v6" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv6         = "2001:db8:1234::/48" # your admin prefix, never ::/0\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-54',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '5.4' },
    { framework: 'aws-fsbp', control: 'EC2.54' },
  ],
  version: 1,
  evaluate(asset) {
    return evaluatePortExposure(asset, { families: ['ipv6'], ports: ADMIN_PORTS, protocols: ['tcp', 'udp'], label: 'remote administration ports (22, 3389)' });
  },
};
