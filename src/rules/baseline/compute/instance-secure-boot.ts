import type { Rule } from '../../../core/rule.js';
import { expectFacet } from '../support/facet-verdict.js';

export const rule: Rule = {
  id: 'baseline.compute.instance-secure-boot',
  title: 'Compute instance boots with secure boot',
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: ['compute.instance'],
  rationale:
    'Secure boot only runs signed boot loaders and kernels, defeating boot kits and rootkits that survive reinstallation. Azure: Trusted Launch with UEFI secure boot; GCP: Shielded VM secure boot. ' +
    'EC2 UEFI secure boot is a property of the AMI, not of the instance description, so the rule is not applicable on AWS.',
  remediation: {
    steps: [
      'AWS: not applicable per instance; use AMIs registered with UEFI boot mode and UEFI secure boot variables where supported.',
      'Azure: deploy VMs with security type TrustedLaunch and secure boot enabled (stop the VM to enable it on supported images).',
      'GCP: stop the instance and enable Shielded VM secure boot (shielded-secure-boot); use Shielded VM images.',
      'Generic: set the security profile in IaC (azurerm *_virtual_machine.secure_boot_enabled, google_compute_instance.shielded_instance_config).',
    ],
    cli: 'az vm update -g <RG> -n <VM> --enable-secure-boot true\ngcloud compute instances update <VM> --zone <ZONE> --shielded-secure-boot',
    terraform: 'resource "google_compute_instance" "vm" {\n  # ...\n  shielded_instance_config {\n    enable_secure_boot = true\n  }\n}',
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/virtual-machines/trusted-launch',
    'https://cloud.google.com/compute/shielded-vm/docs/shielded-vm',
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/uefi-secure-boot.html',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'SI-7' },
    { framework: 'nist-800-53-r5', control: 'SI-7(9)' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '4.8' },
    { framework: 'mcsb', control: 'PV-3' },
  ],
  version: 1,
  evaluate(asset) {
    return expectFacet(asset, 'compute.instance', 'secureBoot', {
      expected: true,
      pass: 'Secure boot is enabled',
      fail: 'Secure boot is not enabled',
      optional: true,
      notModelled: 'Secure boot is not part of this provider\'s instance configuration (EC2: it is a property of the AMI)',
    });
  },
};
