import type { Rule } from '../../../core/rule.js';
import { fail, pass } from '../../../core/rule.js';
import { cis, mcsb, nist } from '../support/frameworks.js';
import { KV_TF_VAULT, VAULT_TYPE, vaultPropsOf } from './support/vault.js';

export const rule: Rule = {
  id: 'azure.keyvault.recoverable',
  title: 'Key vault is recoverable (soft delete and purge protection enabled)',
  severity: 'high',
  providers: ['azure'],
  types: [VAULT_TYPE],
  rationale:
    'Deleting a vault, or purging it, destroys the keys that encrypt storage, disks and databases, making that data unreadable for good. Purge protection (on top of soft delete) guarantees a deleted vault and its objects can be recovered during the retention period, even by an attacker with Owner rights.',
  remediation: {
    steps: ['Open the key vault > Settings > Properties.', "Select 'Enable purge protection (enforce a mandatory retention period for deleted vaults and vault objects)' and save.", 'Purge protection cannot be turned off again.'],
    cli: 'az keyvault update --name <vault> --resource-group <rg> --enable-purge-protection true',
    terraform: KV_TF_VAULT,
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/general/soft-delete-overview'],
  compliance: [cis('9.3.5'), mcsb('DP-8'), nist('CP-9')],
  version: 1,
  evaluate(asset) {
    const p = vaultPropsOf(asset);
    const evidence = [
      { path: 'config.vault.properties.enableSoftDelete', observed: p.enableSoftDelete ?? null, expected: true },
      { path: 'config.vault.properties.enablePurgeProtection', observed: p.enablePurgeProtection ?? null, expected: true },
    ];
    // Soft delete can no longer be turned off; an unset value on an old vault is only trusted because purge
    // protection, which Azure accepts only with soft delete on, is checked alongside it.
    if (p.enableSoftDelete === false) return fail('Soft delete is disabled', evidence);
    if (p.enablePurgeProtection !== true) return fail('Purge protection is not enabled, so deleted objects can be purged before the retention period ends', evidence);
    return pass(`Soft delete and purge protection are on (retention ${p.softDeleteRetentionInDays ?? 90} days)`, evidence);
  },
};
