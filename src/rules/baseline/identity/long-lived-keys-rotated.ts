import type { Rule } from '../../../core/rule.js';
import { needFacet, type CredentialFacets } from '../../../core/facets.js';
import { fail, pass } from '../../../core/rule.js';
import type { Asset } from '../../../core/asset.js';
import { ageDays } from '../support/facet-verdict.js';

export const MAX_KEY_AGE_DAYS = 90;

/** The kinds that carry long-lived keys, read through the one `CredentialFacets` shape. */
export const CREDENTIAL_KINDS = ['identity.user', 'identity.service-account', 'storage.account'] as const;

export function longLivedKeys(asset: Asset): CredentialFacets['longLivedKeys'] {
  return needFacet(asset, asset.kind as (typeof CREDENTIAL_KINDS)[number], 'longLivedKeys');
}

export const rule: Rule = {
  id: 'baseline.identity.long-lived-keys-rotated',
  title: `Active long-lived keys are at most ${MAX_KEY_AGE_DAYS} days old`,
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: [...CREDENTIAL_KINDS],
  rationale:
    'Long-lived keys leak into laptops, CI variables and repositories; rotating them bounds how long a leaked key works. AWS: IAM user access keys (credential report last-rotated dates); Azure: storage account shared keys (keyCreationTime; inactive when shared-key access is disabled); GCP: user-managed service account keys (validAfterTime).',
  remediation: {
    steps: [
      'AWS: create a new access key, roll it out, deactivate and delete the old one; prefer IAM roles and short-lived credentials.',
      'Azure: regenerate key1/key2 in turn (after moving clients to the other key); prefer Entra ID authorization and disable shared-key access; set a key expiration policy.',
      'GCP: create a new key, roll it out, delete the old one; prefer workload identity federation and the iam.disableServiceAccountKeyCreation organization policy.',
      'Generic: automate rotation, or remove long-lived keys entirely.',
    ],
    cli: 'aws iam create-access-key --user-name <USER> && aws iam delete-access-key --user-name <USER> --access-key-id <OLD>\naz storage account keys renew -g <RG> -n <ACCOUNT> --key key1\ngcloud iam service-accounts keys delete <KEY_ID> --iam-account <SA_EMAIL>',
    terraform: 'resource "azurerm_storage_account" "a" {\n  # ...\n  shared_access_key_enabled = false\n}',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console',
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage',
    'https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'IA-5(1)' },
    { framework: 'nist-800-53-r5', control: 'AC-2' },
    { framework: 'cis-aws-foundations-v5.0.0', control: '1.13' },
    { framework: 'aws-fsbp', control: 'IAM.3' },
    { framework: 'cis-gcp-foundations-v4.0.0', control: '1.7' },
    { framework: 'cis-azure-foundations-v4.0.0', control: '10.3.1.2' },
    { framework: 'mcsb', control: 'IM-8' },
  ],
  version: 1,
  evaluate(asset) {
    const active = longLivedKeys(asset).filter((k) => k.active);
    const ev = active.map((k) => ({ path: `facets.longLivedKeys[${k.id}].createdAt`, observed: k.createdAt, expected: `within ${MAX_KEY_AGE_DAYS} days` }));
    if (!active.length) return pass('No active long-lived key', [{ path: 'facets.longLivedKeys', observed: 'none active', expected: `keys at most ${MAX_KEY_AGE_DAYS} days old` }]);
    const old = active.filter((k) => ageDays(asset, k.createdAt) > MAX_KEY_AGE_DAYS);
    if (old.length) return fail(`Active key(s) older than ${MAX_KEY_AGE_DAYS} days: ${old.map((k) => `${k.id} (${ageDays(asset, k.createdAt)} days)`).join(', ')}`, ev);
    return pass(`Every active key is at most ${MAX_KEY_AGE_DAYS} days old`, ev);
  },
};
