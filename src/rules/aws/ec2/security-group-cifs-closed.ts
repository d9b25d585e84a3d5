import type { Rule } from '../../../core/rule.js';
import { evaluatePortExposure } from './support/port-exposure.js';

export const rule: Rule = {
  id: 'aws.ec2.security-group-cifs-closed',
  title: 'Security groups do not allow CIFS/SMB (port 445) from the internet',
  severity: 'high',
  providers: ['aws'],
  types: ['AWS::EC2::SecurityGroup'],
  rationale:
    'SMB on port 445 open to 0.0.0.0/0 or ::/0 has been the entry point of worms such as WannaCry; CIFS should be ' +
    'reachable only from trusted networks.',
  remediation: {
    steps: [
      'Edit the inbound rules of the security group.',
      'Remove or narrow every rule with a 0.0.0.0/0 or ::/0 source that covers port 445 (including all-traffic rules).',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=445,ToPort=445,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "smb" {\n  security_group_id = aws_security_group.files.id\n  ip_protocol       = "tcp"\n  from_port         = 445\n  to_port           = 445\n  cidr_ipv4         = "10.20.0.0/16" # trusted network only\n}',
  },
  references: [
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
    'https://docs.aws.amazon.com/fsx/latest/WindowsGuide/limit-access-security-groups.html',
  ],
  compliance: [{ framework: 'cis-aws-foundations-v5.0.0', control: '5.1.2' }],
  version: 1,
  evaluate(asset) {
    // SMB direct hosting is TCP 445; all-protocol rules count as well.
    return evaluatePortExposure(asset, { families: ['ipv4', 'ipv6'], ports: [445], protocols: ['tcp'], label: 'CIFS (445)' });
  },
};
