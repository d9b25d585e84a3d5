import type { Rule } from '../../../core/rule.js';
import { portsClosedVerdict } from '../support/firewall-verdict.js';

/** Database and data-store ports that should never face the internet. */
export const DATABASE_PORTS = [1433, 1521, 3306, 5432, 5984, 6379, 7000, 7001, 9042, 9200, 9300, 11211, 27017, 27018];

export const rule: Rule = {
  id: 'baseline.network.no-database-ports-from-internet',
  title: 'Firewall does not admit database ports from the internet',
  severity: 'high',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['network.firewall-rule'],
  rationale:
    `Database engines exposed to the internet are scanned continuously for weak credentials and unpatched bugs; ransom-wiped MongoDB, Elasticsearch and Redis instances are the classic result. Ports checked (TCP): ${DATABASE_PORTS.join(', ')} (SQL Server, Oracle, MySQL, PostgreSQL, CouchDB, Cassandra, Redis, Elasticsearch, Memcached, MongoDB), on normalized AWS security group, Azure NSG and GCP firewall entries.`,
  remediation: {
    steps: [
      'AWS: remove security group permissions for database ports from 0.0.0.0/0 and ::/0; reach databases from application security groups only.',
      'Azure: remove NSG rules admitting database ports from Internet/*/Any; use private endpoints.',
      'GCP: restrict the firewall rule to internal ranges or service accounts; use Private Service Connect or private IP.',
      'Generic: put databases in private subnets in IaC; no public route exists then.',
    ],
    cli: 'aws ec2 revoke-security-group-ingress --group-id <SG> --protocol tcp --port <PORT> --cidr 0.0.0.0/0\naz network nsg rule delete -g <RG> --nsg-name <NSG> -n <RULE>\ngcloud compute firewall-rules update <RULE> --source-ranges=10.0.0.0/8',
    terraform: 'resource "aws_security_group_rule" "db" {\n  type                     = "ingress"\n  from_port                = 5432\n  to_port                  = 5432\n  protocol                 = "tcp"\n  source_security_group_id = aws_security_group.app.id\n  security_group_id        = aws_security_group.db.id\n}',
  },
  references: [
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-19',
    'https://learn.microsoft.com/en-us/azure/security/fundamentals/network-best-practices',
    'https://cloud.google.com/firewall/docs/using-firewalls',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-7' },
    { framework: 'nist-800-53-r5', control: 'CM-7' },
    { framework: 'mcsb', control: 'NS-2' },
  ],
  version: 1,
  evaluate(asset) {
    return portsClosedVerdict(asset, DATABASE_PORTS, 'database ports');
  },
};
