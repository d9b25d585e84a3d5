import type { Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { GCP } from '../support/types.js';
import { separationOfDuties } from './support/separation.js';

export const rule: Rule = {
  id: 'gcp.iam.service-account-roles-separated',
  title: 'No principal is both Service Account Admin and Service Account User',
  severity: 'medium',
  providers: ['gcp'],
  types: [GCP.project],
  rationale:
    'Service Account Admin creates and manages service accounts; Service Account User runs workloads as them. One person ' +
    'holding both can mint an identity with whatever it is granted and then act as it, with no second person involved.',
  remediation: {
    steps: [
      'List principals holding both roles/iam.serviceAccountAdmin and roles/iam.serviceAccountUser on the project.',
      'Decide which duty each principal needs and remove the other role (give it to a different person or group).',
    ],
    cli: 'gcloud projects remove-iam-policy-binding <PROJECT_ID> --member=<MEMBER> --role=roles/iam.serviceAccountUser',
    terraform: '# Keep the two roles on different principals:\nresource "google_project_iam_member" "sa_admins" {\n  project = var.project_id\n  role    = "roles/iam.serviceAccountAdmin"\n  member  = "group:sa-admins@example.com"\n}',
  },
  references: ['https://cloud.google.com/iam/docs/service-account-permissions', 'https://cloud.google.com/iam/docs/understanding-roles#service-accounts-roles'],
  compliance: mappings('1.8', ['AC-5']),
  version: 1,
  evaluate: (asset) => separationOfDuties(asset, 'roles/iam.serviceAccountAdmin', ['roles/iam.serviceAccountUser'], 'Service Account User'),
};
