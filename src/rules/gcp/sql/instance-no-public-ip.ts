import { fail, notApplicable, pass, unknown, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { isReplica, sqlInstance } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.sql.instance-no-public-ip',
  title: 'Cloud SQL instance has no public IP address',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.sqlInstance],
  rationale:
    'A public IP makes the instance reachable from the internet as soon as an authorized network is added. Private IP keeps ' +
    'the database inside the VPC, where firewalls and private connectivity govern access.',
  remediation: {
    steps: ['Configure private services access for the VPC and give the instance a private IP.', 'Move clients to the private address (or the Cloud SQL Auth Proxy over private IP).', 'Disable the public IP.'],
    cli: 'gcloud sql instances patch <INSTANCE> --network=<VPC_NETWORK> --no-assign-ip',
    terraform: 'resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    ip_configuration {\n      ipv4_enabled    = false\n      private_network = google_compute_network.vpc.id\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/configure-private-ip', 'https://cloud.google.com/sql/docs/mysql/private-ip'],
  compliance: mappings('6.6', ['SC-7']),
  version: 1,
  evaluate(asset) {
    const { instance } = sqlInstance(asset);
    if (isReplica(instance)) return notApplicable('Read replicas inherit their IP configuration from the primary instance');
    const enabled = instance.settings?.ipConfiguration?.ipv4Enabled;
    const primary = (instance.ipAddresses ?? []).filter((a) => a.type === 'PRIMARY').map((a) => a.ipAddress ?? '?');
    const ev = [
      { path: 'config.instance.settings.ipConfiguration.ipv4Enabled', observed: enabled ?? null, expected: false },
      { path: 'config.instance.ipAddresses[type=PRIMARY]', observed: primary, expected: [] },
    ];
    if (enabled === true || primary.length > 0) return fail(`The instance has a public IP${primary.length ? ` (${primary.join(', ')})` : ''}`, ev);
    if (enabled === false) return pass('Public IP is disabled', ev);
    return unknown('The listing says neither whether public IP is enabled nor which addresses the instance has', ev);
  },
};
