import type { Rule } from '../../../core/rule.js';
import { optionalFacet } from '../../../core/facets.js';
import { fail, notApplicable, pass } from '../../../core/rule.js';
import { ageDays } from '../support/facet-verdict.js';
import { CREDENTIAL_KINDS, longLivedKeys } from './long-lived-keys-rotated.js';

export const MAX_UNUSED_DAYS = 90;

export const rule: Rule = {
  id: 'baseline.identity.unused-keys-removed',
  title: `Active long-lived keys unused for ${MAX_UNUSED_DAYS} days are removed`,
  severity: 'medium',
  providers: ['aws', 'azure', 'gcp'],
  kinds: [...CREDENTIAL_KINDS],
  rationale:
    `A key nobody uses is pure risk: it can only be used by someone who should not. A key is unused when its last use (or, never used, its creation) is more than ${MAX_UNUSED_DAYS} days ago. ` +
    'AWS reports last use in the IAM credential report. Azure storage account keys and GCP service account key listings carry no last-use date (GCP has it in Policy Intelligence activity analysis, not collected), so the rule is not applicable there.',
  remediation: {
    steps: [
      'AWS: deactivate the unused access key, wait for complaints, then delete it.',
      'Azure: not applicable from configuration; review storage account sign-in logs and disable shared-key access if unused.',
      'GCP: not applicable from configuration; review service account key usage in Activity Analyzer and delete unused keys.',
      'Generic: remove keys whose owners cannot name a consumer.',
    ],
    cli: 'aws iam update-access-key --user-name <USER> --access-key-id <KEY> --status Inactive\naws iam delete-access-key --user-name <USER> --access-key-id <KEY>',
    terraform: '# Remove the aws_iam_access_key resource of the unused key and apply.',
  },
  references: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_finding-unused.html',
    'https://cloud.google.com/policy-intelligence/docs/activity-analyzer-service-account-authentication',
    'https://learn.microsoft.com/en-us/azure/storage/common/shared-key-authorization-prevent',
  ],
  compliance: [
    { framework: 'nist-800-53-r5', control: 'AC-2(3)' },
    { framework: 'mcsb', control: 'PA-4' },
  ],
  version: 1,
  evaluate(asset) {
    const kind = asset.kind as (typeof CREDENTIAL_KINDS)[number];
    if (optionalFacet(asset, kind, 'keyUsageTracked') === undefined) return notApplicable('The provider reports no last-use date for these keys');
    const active = longLivedKeys(asset).filter((k) => k.active);
    if (!active.length) return pass('No active long-lived key', [{ path: 'facets.longLivedKeys', observed: 'none active', expected: `no key unused for ${MAX_UNUSED_DAYS} days` }]);
    const idle = active.filter((k) => ageDays(asset, k.lastUsedAt ?? k.createdAt) > MAX_UNUSED_DAYS);
    const ev = active.map((k) => ({ path: `facets.longLivedKeys[${k.id}].lastUsedAt`, observed: k.lastUsedAt ?? null, expected: `within ${MAX_UNUSED_DAYS} days` }));
    if (idle.length) return fail(`Active key(s) unused for more than ${MAX_UNUSED_DAYS} days: ${idle.map((k) => `${k.id} (${k.lastUsedAt ? `last used ${k.lastUsedAt}` : 'never used'})`).join(', ')}`, ev);
    return pass(`Every active key was used in the last ${MAX_UNUSED_DAYS} days`, ev);
  },
};
