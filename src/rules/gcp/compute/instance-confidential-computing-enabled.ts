import { fail, notApplicable, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { instanceOf } from './support/instance.js';

/** Machine families that support Confidential VM (AMD SEV/SEV-SNP, Intel TDX); CIS 4.11 audits these. */
const SUPPORTED = /^(n2d|c2d|c3d|c3|a3)-/;

export const rule: Rule = {
  id: 'gcp.compute.instance-confidential-computing-enabled',
  title: 'VM instance on a supported machine type runs as a Confidential VM',
  severity: 'low',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'Confidential VMs keep memory encrypted with keys held by the CPU, so data being processed stays protected from the host ' +
    'and from anyone with access to the underlying infrastructure.',
  remediation: {
    steps: ['Confidential computing can only be chosen at creation: create a replacement instance with it enabled and move the workload.'],
    cli: 'gcloud compute instances create <INSTANCE> --zone=<ZONE> --machine-type=n2d-standard-2 --confidential-compute-type=SEV --maintenance-policy=TERMINATE',
    terraform: 'resource "google_compute_instance" "this" {\n  machine_type = "n2d-standard-2"\n  # ...\n  confidential_instance_config {\n    confidential_instance_type = "SEV"\n  }\n  scheduling {\n    on_host_maintenance = "TERMINATE"\n  }\n}',
  },
  references: ['https://cloud.google.com/confidential-computing/confidential-vm/docs/confidential-vm-overview', 'https://cloud.google.com/confidential-computing/confidential-vm/docs/supported-configurations'],
  compliance: mappings('4.11'),
  version: 1,
  evaluate(asset) {
    const i = instanceOf(asset);
    const type = (i.machineType ?? '').split('/').pop() ?? '';
    if (!SUPPORTED.test(type)) return notApplicable(`Machine type ${type || '(unknown)'} does not support Confidential VM`);
    const c = i.confidentialInstanceConfig;
    const ev = [{ path: 'config.instance.confidentialInstanceConfig', observed: c ?? null, expected: 'enableConfidentialCompute or a confidentialInstanceType' }];
    const on = c?.enableConfidentialCompute === true || (!!c?.confidentialInstanceType && c.confidentialInstanceType !== 'CONFIDENTIAL_INSTANCE_TYPE_UNSPECIFIED');
    return on ? pass(`Confidential computing is on (${c?.confidentialInstanceType ?? 'SEV'})`, ev) : fail('Confidential computing is off', ev);
  },
};
