import { fail, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { effectiveMetadata, instanceOf, metadataFlag } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.compute.instance-serial-port-disabled',
  title: 'VM instance does not allow interactive serial console access',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'The interactive serial console accepts connections from any IP address and is not filtered by VPC firewall rules; anyone ' +
    'with the right key and the instance\'s name can reach a console on it.',
  remediation: {
    steps: ['Set serial-port-enable=FALSE on the instance (and remove TRUE from project metadata).', 'Enforce the compute.disableSerialPortAccess organization policy constraint.'],
    cli: 'gcloud compute instances add-metadata <INSTANCE> --zone=<ZONE> --metadata=serial-port-enable=FALSE',
    terraform: 'resource "google_compute_instance" "this" {\n  # ...\n  metadata = {\n    serial-port-enable = "FALSE"\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/troubleshooting/troubleshooting-using-serial-console'],
  compliance: mappings('4.5', ['AC-17', 'CM-7']),
  version: 1,
  evaluate(asset) {
    const i = instanceOf(asset);
    const { value, from, path } = effectiveMetadata(asset, i, 'serial-port-enable');
    const ev = [{ path, observed: value ?? null, expected: 'FALSE or unset' }];
    const where = from === 'project' ? 'the project metadata (inherited)' : 'the instance metadata';
    if (metadataFlag(value) === true) return fail(`Interactive serial console access is enabled in ${where} (serial-port-enable=${value})`, ev);
    // Unset on both the instance and the project: disabled (Compute Engine default).
    return pass(from === 'unset' ? 'serial-port-enable is not set anywhere (default: disabled)' : `Interactive serial console access is disabled in ${where}`, ev);
  },
};
