import type { iam_v1 } from 'googleapis/build/src/apis/iam/v1.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';

export const rule: Rule = {
  id: 'gcp.iam.service-account-no-user-managed-keys',
  title: 'Service account has no user-managed keys',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.serviceAccount],
  rationale:
    'A user-managed key is a downloadable private key valid for years. It ends up in repositories, laptops and CI settings, ' +
    'and anyone holding it is the service account. Google-managed keys never leave Google and rotate on their own.',
  remediation: {
    steps: [
      'Move the workload to an attached service account, Workload Identity Federation or short-lived credentials.',
      'Delete the user-managed keys of the service account.',
      'Enforce the iam.disableServiceAccountKeyCreation organization policy constraint.',
    ],
    cli: 'gcloud iam service-accounts keys list --iam-account=<SA_EMAIL> --managed-by=user\ngcloud iam service-accounts keys delete <KEY_ID> --iam-account=<SA_EMAIL>',
    terraform: '# Remove google_service_account_key resources and enforce:\nresource "google_org_policy_policy" "no_sa_keys" {\n  name   = "projects/${var.project_id}/policies/iam.disableServiceAccountKeyCreation"\n  parent = "projects/${var.project_id}"\n  spec {\n    rules {\n      enforce = "TRUE"\n    }\n  }\n}',
  },
  references: ['https://cloud.google.com/iam/docs/best-practices-for-managing-service-account-keys', 'https://cloud.google.com/iam/docs/keys-list-get'],
  compliance: mappings('1.4', ['IA-5', 'AC-2']),
  version: 1,
  evaluate(asset) {
    const keys = need<iam_v1.Schema$ServiceAccountKey[] | null>(asset, 'keys') ?? [];
    const user = keys.filter((k) => k.keyType === 'USER_MANAGED');
    if (user.length === 0) {
      return pass('The service account has only Google-managed keys', [{ path: 'config.keys[].keyType', observed: keys.map((k) => k.keyType ?? null), expected: 'no USER_MANAGED' }]);
    }
    return fail(
      `${user.length} user-managed key(s): ${user.map((k) => `${k.name?.split('/').pop()}${k.disabled ? ' (disabled)' : ''}`).join(', ')}`,
      user.map((k) => ({ path: 'config.keys[].keyType', observed: `${k.name?.split('/').pop()}: USER_MANAGED`, expected: 'SYSTEM_MANAGED only' })),
    );
  },
};
