import type { Rule } from '../../../core/rule.js';
import { evaluatePortExposure } from './support/port-exposure.js';

/** The ports Security Hub EC2.19 treats as high risk when open to the internet. */
export const HIGH_RISK_PORTS = [20, 21, 22, 23, 25, 110, 135, 143, 445, 1433, 1434, 3000, 3306, 3389, 4333, 5000, 5432, 5500, 5601, 8080, 8088, 8888, 9200, 9300] as const;

export const rule: Rule = {
  id: 'aws.ec2.security-group-high-risk-ports-closed',
  title: 'Security groups do not allow unrestricted access to high-risk ports',
  severity: 'critical',
  providers: ['aws'],
  types: ['AWS::EC2::SecurityGroup'],
  rationale:
    'FTP, Telnet, SMTP, POP3, IMAP, SMB, RPC, database (MSSQL, MySQL, PostgreSQL), Kibana/Elasticsearch and common ' +
    'admin/dev ports open to 0.0.0.0/0 or ::/0 expose services that are routinely exploited or hold data.',
  remediation: {
    steps: [
      'Edit the security group inbound rules that have a 0.0.0.0/0 or ::/0 source.',
      'Narrow the source to the networks that need the service, or front the service with a load balancer or VPN.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions IpProtocol=tcp,FromPort=3306,ToPort=3306,IpRanges=[{CidrIp=0.0.0.0/0}]',
    terraform: 'resource "aws_vpc_security_group_ingress_rule" "mysql" {\n  security_group_id            = aws_security_group.db.id\n  ip_protocol                  = "tcp"\n  from_port                    = 3306\n  to_port                      = 3306\n  referenced_security_group_id = aws_security_group.app.id\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
    'https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html',
  ],
  compliance: [{ framework: 'aws-fsbp', control: 'EC2.19' }],
  version: 1,
  evaluate(asset) {
    // The services behind these ports speak TCP; UDP rules on them expose nothing that listens, so only TCP
    // and all-protocol rules count (as Security Hub's restricted-common-ports check does).
    return evaluatePortExposure(asset, { families: ['ipv4', 'ipv6'], ports: HIGH_RISK_PORTS, protocols: ['tcp'], label: 'high-risk ports' });
  },
};
