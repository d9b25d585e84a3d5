import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.database.not-publicly-accessible',
  title: 'Database is not reachable from the internet',
  severity: 'critical',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['database.instance'],
  rationale:
    'A database endpoint reachable from any address is exposed to credential stuffing and engine exploits. AWS: RDS PubliclyAccessible; Azure SQL / PostgreSQL / MySQL flexible servers: public network access enabled with a firewall rule spanning the internet (a /8 or wider; "Allow Azure services" 0.0.0.0-0.0.0.0 is not); ' +
    'Cosmos DB: public network access with no IP or VNet filter, or 0.0.0.0/0; Cloud SQL: a public IPv4 address with authorized network 0.0.0.0/0.',
  remediation: {
    steps: [
      'AWS: modify the DB instance to PubliclyAccessible = false and keep it in private subnets.',
      'Azure: remove firewall rules covering the internet, disable public network access, and use private endpoints.',
      'GCP: remove 0.0.0.0/0 from authorized networks; prefer private IP and the Cloud SQL Auth Proxy.',
      'Generic: declare private networking in IaC (publicly_accessible = false, public_network_access_enabled = false, ipv4_enabled = false).',
    ],
    cli: 'aws rds modify-db-instance --db-instance-identifier <DB> --no-publicly-accessible --apply-immediately\naz sql server update -n <SERVER> -g <RG> --enable-public-network false\ngcloud sql instances patch <INSTANCE> --clear-authorized-networks',
    terraform: 'resource "google_sql_database_instance" "db" {\n  # ...\n  settings {\n    ip_configuration {\n      ipv4_enabled    = false\n      private_network = google_compute_network.vpc.id\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html',
    'https://learn.microsoft.com/en-us/azure/azure-sql/database/firewall-configure',
    'https://cloud.google.com/sql/docs/mysql/authorize-networks',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-7' },
    { framework: 'nist-800-53-r5', control: 'AC-3' },
    { framework: 'cis-aws-foundations-v5.0.0', control: '2.2.3' },
    { framework: 'aws-fsbp', control: 'RDS.2' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '6.5' },
    { framework: 'mcsb', control: 'NS-2' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'database.instance', 'publicEndpoint', { expected: false, pass: 'The database is not reachable from the internet', fail: 'The database accepts connections from the internet' });
  },
};
