import { fail, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { sqlInstance } from './support/instance.js';

const ANYWHERE = ['0.0.0.0/0', '::/0'];

export const rule: Rule = {
  id: 'gcp.sql.instance-not-open-to-world',
  title: 'Cloud SQL instance does not authorize 0.0.0.0/0',
  severity: 'critical',
  providers: ['gcp'],
  types: [GCP.sqlInstance],
  rationale:
    'An authorized network of 0.0.0.0/0 lets every address on the internet reach the database port, leaving passwords as ' +
    'the only barrier against scanning and credential stuffing.',
  remediation: {
    steps: ['Replace 0.0.0.0/0 with the specific client ranges that need access, or remove the public IP and connect privately.', 'Consider the sql.restrictAuthorizedNetworks organization policy constraint.'],
    cli: 'gcloud sql instances patch <INSTANCE> --authorized-networks=<CIDR1>,<CIDR2>',
    terraform: 'resource "google_sql_database_instance" "this" {\n  # ...\n  settings {\n    ip_configuration {\n      authorized_networks {\n        name  = "office"\n        value = "203.0.113.0/24"\n      }\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/sql/docs/mysql/configure-ip', 'https://cloud.google.com/sql/docs/mysql/connection-org-policy'],
  compliance: mappings('6.5', ['SC-7', 'AC-3']),
  version: 1,
  evaluate(asset) {
    const { instance } = sqlInstance(asset);
    const nets = instance.settings?.ipConfiguration?.authorizedNetworks ?? [];
    const open = nets.filter((n) => ANYWHERE.includes(n.value ?? ''));
    const ev = [{ path: 'config.instance.settings.ipConfiguration.authorizedNetworks[].value', observed: nets.map((n) => n.value ?? null), expected: 'no 0.0.0.0/0' }];
    if (open.length > 0) return fail(`Authorized network ${open.map((n) => `${n.name ?? '(unnamed)'} = ${n.value}`).join(', ')} admits the whole internet`, ev);
    return pass(nets.length === 0 ? 'No authorized networks are configured' : `Authorized networks are limited: ${nets.map((n) => n.value).join(', ')}`, ev);
  },
};
