import type { Rule } from '../../../core/rule.js';
import { evaluatePortExposure } from './support/port-exposure.js';

/** SSH and RDP: the remote administration ports CIS names. */
export const ADMIN_PORTS = [22, 3389] as const;

export const rule: Rule = {
  id: 'aws.ec2.security-group-admin-ports-closed-ipv4',
  title: 'Security groups do not allow ingress from 0.0.0.0/0 to remote administration ports',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::SecurityGroup'],
  rationale:
    'SSH (22) and RDP (3389) open to every IPv4 address are scanned and brute-forced within minutes of exposure. ' +
    'A rule for all protocols (-1) or a port range that spans 22 or 3389 opens them just the same.',
  remediation: {
    steps: [
      'Open the security group in the VPC console and edit its inbound rules.',
      'Replace the 0.0.0.0/0 source on rules covering port 22 or 3389 with your administration network, or delete the rule.',
      'Prefer AWS Systems Manager Session Manager or EC2 Instance Connect Endpoint over exposing admin ports.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=22,ToPort=22,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "ssh" {\n  security_group_id = aws_security_group.this.id\n  ip_protocol       = "tcp"\n  from_port         = 22\n  to_port           = 22\n  cidr_ipv4         = "10.0.0.0/8" # your admin network, never 0.0.0.0/0\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-groups.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-53',
  ],
  compliance: [
    { framework: 'cis-aws-foundations-v5.0.0', control: '5.3' },
    { framework: 'aws-fsbp', control: 'EC2.53' },
  ],
  version: 1,
  evaluate(asset) {
    // CIS counts TCP, UDP and all-protocol rules: RDP also listens on UDP 3389.
    return evaluatePortExposure(asset, { families: ['ipv4'], ports: ADMIN_PORTS, protocols: ['tcp', 'udp'], label: 'remote administration ports (22, 3389)' });
  },
};
