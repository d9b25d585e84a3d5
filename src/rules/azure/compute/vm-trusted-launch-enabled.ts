import type { VirtualMachine } from '@azure/arm-compute';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { same } from '../support/check.js';
import { mcsb, nist } from '../support/frameworks.js';
import { VM_TYPE } from './support/types.js';

export const rule: Rule = {
  id: 'azure.compute.vm-trusted-launch-enabled',
  title: 'Virtual machine uses Trusted Launch (or Confidential VM) with Secure Boot and vTPM',
  severity: 'medium',
  providers: ['azure'],
  types: [VM_TYPE],
  rationale: 'Secure Boot blocks unsigned boot loaders and kernel drivers, and a vTPM measures the boot chain for attestation; together they stop bootkits and rootkits that survive reinstalls and hide from the OS.',
  remediation: { steps: ['Check the VM size and image support Trusted Launch (Generation 2).', 'Stop (deallocate) the VM and set Security type to Trusted launch with Secure Boot and vTPM on (existing Gen2 VMs can be upgraded).', 'Start the VM and check boot integrity in Defender for Cloud.'], cli: 'az vm deallocate -g <rg> -n <vm> && az vm update -g <rg> -n <vm> --security-type TrustedLaunch --enable-secure-boot true --enable-vtpm true && az vm start -g <rg> -n <vm>', terraform: 'resource "azurerm_linux_virtual_machine" "this" {\n  # ...\n  secure_boot_enabled = true\n  vtpm_enabled        = true\n}' },
  references: ['https://learn.microsoft.com/en-us/azure/virtual-machines/trusted-launch', 'https://learn.microsoft.com/en-us/azure/virtual-machines/trusted-launch-existing-vm'],
  compliance: [mcsb('PV-4'), nist('SI-7')],
  version: 1,
  evaluate(asset) {
    const sp = need<VirtualMachine>(asset, 'vm').securityProfile;
    const type = sp?.securityType;
    const evidence = [
      { path: 'config.vm.securityProfile.securityType', observed: type ?? null, expected: 'TrustedLaunch or ConfidentialVM' },
      { path: 'config.vm.securityProfile.uefiSettings', observed: sp?.uefiSettings ?? null, expected: { secureBootEnabled: true, vTpmEnabled: true } },
    ];
    // Documented: without a security type (or Standard), UEFI settings are not enabled.
    if (!same(type, 'TrustedLaunch') && !same(type, 'ConfidentialVM')) return fail(`Security type is ${type ?? 'Standard'}`, evidence);
    const off = [sp?.uefiSettings?.secureBootEnabled === true ? null : 'Secure Boot', sp?.uefiSettings?.vTpmEnabled === true ? null : 'vTPM'].filter(Boolean);
    return off.length ? fail(`${type} without ${off.join(' and ')}`, evidence) : pass(`${type} with Secure Boot and vTPM`, evidence);
  },
};
