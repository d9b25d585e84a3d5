import { fail, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { instanceOf } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.compute.instance-shielded-vm-enabled',
  title: 'VM instance runs as a Shielded VM with vTPM and integrity monitoring',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'vTPM-backed measured boot and integrity monitoring detect boot-level malware such as rootkits and bootkits by comparing each ' +
    'boot with a known-good baseline; without them such tampering goes unnoticed.',
  remediation: {
    steps: ['Use an image that supports Shielded VM.', 'Stop the instance, turn on vTPM and integrity monitoring (and Secure Boot if no unsigned drivers are used), start it.'],
    cli: 'gcloud compute instances stop <INSTANCE> --zone=<ZONE>\ngcloud compute instances update <INSTANCE> --zone=<ZONE> --shielded-vtpm --shielded-integrity-monitoring\ngcloud compute instances start <INSTANCE> --zone=<ZONE>',
    terraform: 'resource "google_compute_instance" "this" {\n  # ...\n  shielded_instance_config {\n    enable_vtpm                 = true\n    enable_integrity_monitoring = true\n    enable_secure_boot          = true\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/shielded-vm/docs/shielded-vm', 'https://cloud.google.com/compute/shielded-vm/docs/modifying-shielded-vm'],
  compliance: mappings('4.8', ['SI-7', 'SI-7(9)']),
  version: 1,
  evaluate(asset) {
    const c = instanceOf(asset).shieldedInstanceConfig;
    const ev = [
      { path: 'config.instance.shieldedInstanceConfig.enableVtpm', observed: c?.enableVtpm ?? null, expected: true },
      { path: 'config.instance.shieldedInstanceConfig.enableIntegrityMonitoring', observed: c?.enableIntegrityMonitoring ?? null, expected: true },
    ];
    if (c?.enableVtpm === true && c.enableIntegrityMonitoring === true) return pass('vTPM and integrity monitoring are on', ev);
    const off = [c?.enableVtpm !== true && 'vTPM', c?.enableIntegrityMonitoring !== true && 'integrity monitoring'].filter(Boolean);
    return fail(c ? `Shielded VM is incomplete: ${off.join(' and ')} off` : 'The instance has no Shielded VM configuration', ev);
  },
};
