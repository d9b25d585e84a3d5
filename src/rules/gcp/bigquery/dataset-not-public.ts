import type { bigquery_v2 } from 'googleapis/build/src/apis/bigquery/v2.js';
import { fail, need, pass, type Rule } from '../../../core/rule.js';
import { mappings } from '../support/compliance.js';
import { PUBLIC_MEMBERS } from '../support/iam-policy.js';
import { GCP } from '../support/types.js';

type Access = NonNullable<bigquery_v2.Schema$Dataset['access']>[number];

/** Dataset ACL entries naming everyone: `specialGroup: allAuthenticatedUsers` or `iamMember: allUsers/allAuthenticatedUsers`. */
const isPublic = (a: Access): boolean => a.specialGroup === 'allAuthenticatedUsers' || PUBLIC_MEMBERS.includes(a.iamMember ?? '');

export const rule: Rule = {
  id: 'gcp.bigquery.dataset-not-public',
  title: 'BigQuery dataset is not accessible to allUsers or allAuthenticatedUsers',
  severity: 'critical',
  providers: ['gcp'],
  types: [GCP.dataset],
  rationale: 'An access entry for allUsers or allAuthenticatedUsers lets anyone, or any Google account, query the tables of the dataset.',
  remediation: {
    steps: ['Export the dataset definition, remove the access entries for allUsers / allAuthenticatedUsers and update the dataset.', 'Enforce domain-restricted sharing (iam.allowedPolicyMemberDomains).'],
    cli: 'bq show --format=prettyjson <PROJECT>:<DATASET> > ds.json\n# remove the public entries from "access"\nbq update --source ds.json <PROJECT>:<DATASET>',
    terraform: 'resource "google_bigquery_dataset_iam_member" "analysts" {\n  dataset_id = google_bigquery_dataset.this.dataset_id\n  role       = "roles/bigquery.dataViewer"\n  member     = "group:analysts@example.com"\n}',
  },
  references: ['https://cloud.google.com/bigquery/docs/dataset-access-controls', 'https://cloud.google.com/bigquery/docs/control-access-to-resources-iam'],
  compliance: mappings('7.1', ['AC-3']),
  version: 1,
  evaluate(asset) {
    const d = need<bigquery_v2.Schema$Dataset>(asset, 'dataset');
    const access = d.access ?? [];
    const pub = access.map((a, i) => ({ a, i })).filter(({ a }) => isPublic(a));
    const ev = pub.length
      ? pub.map(({ a, i }) => ({ path: `config.dataset.access[${i}]`, observed: `${a.role}: ${a.specialGroup ?? a.iamMember}`, expected: 'no allUsers/allAuthenticatedUsers' }))
      : [{ path: 'config.dataset.access', observed: `${access.length} entries`, expected: 'no allUsers/allAuthenticatedUsers' }];
    return pub.length ? fail(`Public access: ${pub.map(({ a }) => `${a.specialGroup ?? a.iamMember} (${a.role})`).join(', ')}`, ev) : pass('No access entry grants the public', ev);
  },
};
