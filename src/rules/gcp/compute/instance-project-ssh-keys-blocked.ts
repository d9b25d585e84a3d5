import { fail, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { effectiveMetadata, instanceOf, metadataFlag, metadataValue } from './support/instance.js';

export const rule: Rule = {
  id: 'gcp.compute.instance-project-ssh-keys-blocked',
  title: 'VM instance blocks project-wide SSH keys',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.instance],
  rationale:
    'A key in project metadata opens every instance of the project that accepts it; one stolen key then reaches them all. ' +
    'Blocking project-wide keys limits each VM to its own keys (or to OS Login).',
  remediation: {
    steps: ['Add instance-specific keys (or enable OS Login) for the users who need access.', 'Set block-project-ssh-keys=TRUE in the instance metadata.'],
    cli: 'gcloud compute instances add-metadata <INSTANCE> --zone=<ZONE> --metadata=block-project-ssh-keys=TRUE',
    terraform: 'resource "google_compute_instance" "this" {\n  # ...\n  metadata = {\n    block-project-ssh-keys = "TRUE"\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/connect/restrict-ssh-keys', 'https://cloud.google.com/compute/docs/connect/add-ssh-keys'],
  compliance: mappings('4.3', ['AC-17', 'IA-5']),
  version: 1,
  evaluate(asset) {
    const i = instanceOf(asset);
    const block = metadataValue(i, 'block-project-ssh-keys');
    const ev = [{ path: 'config.instance.metadata.items[block-project-ssh-keys]', observed: block ?? null, expected: 'TRUE' }];
    if (metadataFlag(block) === true) return pass('Project-wide SSH keys are blocked', ev);
    // With OS Login in effect (instance or inherited project setting), metadata SSH keys are ignored
    // altogether (CIS: blocking is then unnecessary).
    const osLogin = effectiveMetadata(asset, i, 'enable-oslogin');
    ev.push({ path: osLogin.path, observed: osLogin.value ?? null, expected: 'TRUE (alternative)' });
    if (metadataFlag(osLogin.value) === true) return pass(`OS Login is enabled (${osLogin.from}), so metadata SSH keys are ignored`, ev);
    // Unset means not blocked (Compute Engine default).
    return fail(`Project-wide SSH keys are not blocked (block-project-ssh-keys is ${block ?? 'not set'}) and OS Login is not on`, ev);
  },
};
