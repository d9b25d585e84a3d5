import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.database.tls-required',
  title: 'Database requires encrypted (TLS) connections',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['database.instance'],
  rationale:
    'Without enforced TLS, clients may connect in clear text, exposing credentials and data on the network. Azure SQL and Cosmos DB always require TLS; PostgreSQL/MySQL flexible servers: require_secure_transport = on; Cloud SQL: sslMode ENCRYPTED_ONLY or TRUSTED_CLIENT_CERTIFICATE_REQUIRED (or requireSsl). ' +
    'RDS enforces TLS through its parameter group (rds.force_ssl, require_secure_transport), which is not collected: not applicable on AWS until it is.',
  remediation: {
    steps: [
      'AWS: set rds.force_ssl = 1 (PostgreSQL, SQL Server) or require_secure_transport = ON (MySQL/MariaDB) in the DB parameter group.',
      'Azure: set the server parameter require_secure_transport to ON on flexible servers; keep minimal TLS 1.2.',
      'GCP: set the instance SSL mode to ENCRYPTED_ONLY (or TRUSTED_CLIENT_CERTIFICATE_REQUIRED).',
      'Generic: set these parameters in IaC so restored or new instances keep them.',
    ],
    cli: 'aws rds modify-db-parameter-group --db-parameter-group-name <PG> --parameters ParameterName=rds.force_ssl,ParameterValue=1,ApplyMethod=immediate\naz postgres flexible-server parameter set -g <RG> -s <SERVER> -n require_secure_transport -v on\ngcloud sql instances patch <INSTANCE> --ssl-mode=ENCRYPTED_ONLY',
    terraform: 'resource "google_sql_database_instance" "db" {\n  # ...\n  settings {\n    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n  }\n}',
  },
  references: [
    'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/PostgreSQL.Concepts.General.SSL.html',
    'https://learn.microsoft.com/en-us/azure/postgresql/flexible-server/concepts-networking-ssl-tls',
    'https://cloud.google.com/sql/docs/postgres/configure-ssl-instance',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SC-8' },
    { framework: 'nist-800-53-r5', control: 'SC-8(1)' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '6.4' },
    { framework: 'mcsb', control: 'DP-3' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'database.instance', 'tlsRequired', {
      expected: true,
      pass: 'Connections must use TLS',
      fail: 'Unencrypted connections are accepted',
      optional: true,
      notModelled: 'TLS enforcement is set outside the collected configuration for this database (RDS parameter groups)',
    });
  },
};
