import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { grants, type IamPolicy } from '../support/iam-policy.js';
import { GCP } from '../support/types.js';

/**
 * CIS 1.5 applies to user-created service accounts (`<name>@<project>.iam.gserviceaccount.com`); Google's
 * default accounts (`…-compute@developer…`, `…@appspot…`) and Google-managed agents are out of its scope.
 */
const USER_CREATED = /^serviceAccount:[^@]+@[^@]+\.iam\.gserviceaccount\.com$/;

/** Basic Owner/Editor and any role whose name says admin (`roles/storage.admin`, `roles/iam.securityAdmin`...). */
export function isAdminRole(role: string): boolean {
  return role === 'roles/owner' || role === 'roles/editor' || /admin/i.test(role.split('/').pop() ?? '');
}

export const rule: Rule = {
  id: 'gcp.iam.service-accounts-no-admin-roles',
  title: 'No user-created service account holds Owner, Editor or an admin role on the project',
  severity: 'high',
  providers: ['gcp'],
  types: [GCP.project],
  rationale:
    'Whoever can run code as a service account (a VM, a CI job, a leaked key) gets all of its roles. A service account with ' +
    'Owner, Editor or an *Admin role turns any such foothold into control of the whole project without a human in the loop.',
  remediation: {
    steps: [
      'List the project IAM policy and find bindings that give a user-created service account roles/owner, roles/editor or a role containing "admin".',
      'Replace each with the narrowest predefined or custom role the workload needs.',
      'Remove the admin binding once the workload runs with the narrower role.',
    ],
    cli: 'gcloud projects get-iam-policy <PROJECT_ID> --format=json\ngcloud projects remove-iam-policy-binding <PROJECT_ID> --member=serviceAccount:<SA_EMAIL> --role=<ADMIN_ROLE>',
    terraform:
      '# Grant narrow roles instead of admin ones:\nresource "google_project_iam_member" "app" {\n  project = var.project_id\n  role    = "roles/storage.objectViewer"\n  member  = "serviceAccount:${google_service_account.app.email}"\n}',
  },
  references: ['https://cloud.google.com/iam/docs/service-account-overview', 'https://cloud.google.com/iam/docs/understanding-roles'],
  compliance: mappings('1.5', ['AC-6', 'AC-6(5)']),
  version: 1,
  evaluate(asset) {
    const policy = need<IamPolicy | null>(asset, 'iamPolicy');
    const bad = grants(policy).filter((g) => USER_CREATED.test(g.member) && isAdminRole(g.role));
    if (bad.length === 0) {
      return pass('No user-created service account has an admin role on the project', [
        { path: 'config.iamPolicy.bindings', observed: `${grants(policy).length} grants`, expected: 'no service account with owner/editor/*admin' },
      ]);
    }
    return fail(
      `Service accounts with admin roles: ${bad.map((g) => `${g.member.slice('serviceAccount:'.length)} (${g.role})`).join(', ')}`,
      bad.map((g) => ({ path: `config.iamPolicy.bindings[${g.index}]`, observed: `${g.role} -> ${g.member}`, expected: 'no admin role for service accounts' })),
    );
  },
};
