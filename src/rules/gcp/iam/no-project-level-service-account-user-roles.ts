import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { grants, type IamPolicy } from '../support/iam-policy.js';
import { GCP } from '../support/types.js';

const ROLES = ['roles/iam.serviceAccountUser', 'roles/iam.serviceAccountTokenCreator'];

export const rule: Rule = {
  id: 'gcp.iam.no-project-level-service-account-user-roles',
  title: 'Service Account User and Token Creator are not granted at project level',
  severity: 'high',
  providers: ['gcp'],
  types: [GCP.project],
  rationale:
    'Granted on the project, these roles let the holder act as every service account in it, including ones created later, ' +
    'and so inherit their permissions. Granting them on the one service account that is needed keeps impersonation scoped.',
  remediation: {
    steps: [
      'Find project-level bindings of roles/iam.serviceAccountUser and roles/iam.serviceAccountTokenCreator.',
      'Grant the same role to the same principals on the specific service accounts they need (service account IAM policy).',
      'Remove the project-level bindings.',
    ],
    cli:
      'gcloud iam service-accounts add-iam-policy-binding <SA_EMAIL> --member=<MEMBER> --role=roles/iam.serviceAccountUser\n' +
      'gcloud projects remove-iam-policy-binding <PROJECT_ID> --member=<MEMBER> --role=roles/iam.serviceAccountUser',
    terraform:
      'resource "google_service_account_iam_member" "deployer" {\n  service_account_id = google_service_account.app.name\n  role               = "roles/iam.serviceAccountUser"\n  member             = "group:deployers@example.com"\n}',
  },
  references: ['https://cloud.google.com/iam/docs/service-accounts-actas', 'https://cloud.google.com/iam/docs/manage-access-service-accounts'],
  compliance: mappings('1.6', ['AC-6']),
  version: 1,
  evaluate(asset) {
    const policy = need<IamPolicy | null>(asset, 'iamPolicy');
    const bad = grants(policy).filter((g) => ROLES.includes(g.role));
    if (bad.length === 0) {
      return pass('Neither role is granted at project level', [{ path: 'config.iamPolicy.bindings[].role', observed: 'absent', expected: `none of ${ROLES.join(', ')}` }]);
    }
    return fail(
      `Project-level grants: ${bad.map((g) => `${g.role} -> ${g.member}`).join(', ')}`,
      bad.map((g) => ({ path: `config.iamPolicy.bindings[${g.index}]`, observed: `${g.role} -> ${g.member}`, expected: 'granted on individual service accounts only' })),
    );
  },
};
