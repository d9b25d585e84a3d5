import type { compute_v1 } from 'googleapis/build/src/apis/compute/v1.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.compute.disk-csek-encrypted',
  title: 'Persistent disk is encrypted with a customer-supplied key (CSEK)',
  severity: 'low',
  providers: ['gcp'],
  types: [GCP.disk],
  rationale:
    'With a customer-supplied key Google holds no copy of the key protecting the disk: reading the disk requires presenting the ' +
    'key, which keeps the data out of reach of anyone who can only use the Google Cloud control plane. CIS asks it for critical VMs.',
  remediation: {
    steps: ['Disks cannot be re-keyed in place: snapshot the disk, create a new disk from it with a customer-supplied key, and swap the disks.'],
    cli: 'gcloud compute disks create <DISK> --zone=<ZONE> --source-snapshot=<SNAPSHOT> --csek-key-file=keys.json',
    terraform: 'resource "google_compute_disk" "this" {\n  # ...\n  disk_encryption_key {\n    raw_key = var.csek_base64 # or rsa_encrypted_key\n  }\n}',
  },
  references: ['https://cloud.google.com/compute/docs/disks/customer-supplied-encryption'],
  compliance: mappings('4.7', ['SC-12', 'SC-28']),
  version: 1,
  evaluate(asset) {
    const d = need<compute_v1.Schema$Disk>(asset, 'disk');
    const k = d.diskEncryptionKey;
    // A CSEK-protected disk reports the key's sha256; a CMEK disk reports kmsKeyName instead.
    const ev = [{ path: 'config.disk.diskEncryptionKey.sha256', observed: k?.sha256 ?? null, expected: 'present (customer-supplied key)' }];
    if (k?.sha256) return pass('The disk is encrypted with a customer-supplied key', ev);
    return fail(k?.kmsKeyName ? `The disk uses a Cloud KMS key (${k.kmsKeyName}), not a customer-supplied key` : 'The disk uses Google-managed encryption', ev);
  },
};
