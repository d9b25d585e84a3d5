import { fail, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { sqlInstance } from './support/instance.js';

/** Modes that refuse unencrypted connections (TRUSTED_CLIENT_CERTIFICATE_REQUIRED also demands client certificates). */
const ENCRYPTED = ['ENCRYPTED_ONLY', 'TRUSTED_CLIENT_CERTIFICATE_REQUIRED'];

export const rule: Rule = {
  id: 'gcp.sql.instance-ssl-required',
  title: 'Cloud SQL instance accepts only encrypted connections',
  severity: 'high',
  providers: ['gcp'],
  types: [GCP.sqlInstance],
  rationale:
    'Connections without TLS expose credentials, queries and results to anyone on the path. Requiring encryption on the ' +
    'instance also protects clients added later through new authorized networks.',
  remediation: {
    steps: ['Make sure every client connects with TLS (or through the Cloud SQL Auth Proxy / connectors).', 'Set the SSL mode of the instance to ENCRYPTED_ONLY.'],
    cli: 'gcloud sql instances patch <INSTANCE> --ssl-mode=ENCRYPTED_ONLY',
    terraform: 'resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    ip_configuration {\n      ssl_mode = "ENCRYPTED_ONLY"\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/postgres/configure-ssl-instance', 'https://cloud.google.com/sql/docs/mysql/admin-api/rest/v1/instances#sslmode'],
  compliance: mappings('6.4', ['SC-8', 'SC-8(1)']),
  version: 1,
  evaluate(asset) {
    const { instance } = sqlInstance(asset);
    const ip = instance.settings?.ipConfiguration;
    const mode = ip?.sslMode ?? null;
    const ev = [
      { path: 'config.instance.settings.ipConfiguration.sslMode', observed: mode, expected: ENCRYPTED.join(' or ') },
      { path: 'config.instance.settings.ipConfiguration.requireSsl', observed: ip?.requireSsl ?? null, expected: 'true (legacy field)' },
    ];
    if (mode && ENCRYPTED.includes(mode)) return pass(`SSL mode is ${mode}`, ev);
    // Without sslMode, the legacy requireSsl=true still refuses unencrypted connections.
    if (!mode && ip?.requireSsl === true) return pass('requireSsl is true', ev);
    // Unset sslMode means ALLOW_UNENCRYPTED_AND_ENCRYPTED (the API default).
    return fail(`SSL mode is ${mode ?? 'not set (ALLOW_UNENCRYPTED_AND_ENCRYPTED)'}: unencrypted connections are accepted`, ev);
  },
};
